using System.Collections.Concurrent;

namespace Briefing.Layout.Fonts;

/// <summary>
/// The fonts a host has found and loaded, kept between the documents it lays out. A host owns one (a build,
/// a `serve` session), so two hosts never share fonts, and a library outlives no one who owns it. Every
/// document lists its folders anew: a file added since is offered, and a file replaced since (other size or
/// time) is read again; unchanged files are neither re-read nor re-loaded. Safe to use from several threads.
/// </summary>
public sealed class FontLibrary
{
    private static readonly string[] Extensions = [".ttf", ".otf", ".ttc"];

    private readonly ConcurrentDictionary<string, (FontFileStamp Stamp, IReadOnlyList<FontFaceInfo> Faces)> _headers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Path, int Index), (FontFileStamp Stamp, Lazy<FontFace> Face)> _faces = new();

    /// <summary>The faces in these folders as they are now, in the order the folders are given.</summary>
    internal FontCatalog Catalog(IReadOnlyList<string> folders)
    {
        var faces = new List<FontFaceInfo>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var file in files.Where(f => seen.Add(Path.GetFullPath(f))))
            {
                faces.AddRange(Headers(file));
            }
        }

        return new FontCatalog(faces, this);
    }

    /// <summary>The face's glyph data, loaded once per version of its file.</summary>
    internal FontFace Load(FontFaceInfo info)
    {
        var stamp = FontFileStamp.Of(info.Path);
        var entry = _faces.AddOrUpdate(
            (info.Path, info.FaceIndex),
            _ => (stamp, new Lazy<FontFace>(() => FontFace.Load(info))),
            (_, old) => old.Stamp == stamp ? old : (stamp, new Lazy<FontFace>(() => FontFace.Load(info))));
        return entry.Face.Value;
    }

    private IReadOnlyList<FontFaceInfo> Headers(string path)
    {
        var stamp = FontFileStamp.Of(path);
        if (_headers.TryGetValue(path, out var known) && known.Stamp == stamp)
        {
            return known.Faces;
        }

        var faces = FontFaceInfo.ReadFile(path);
        _headers[path] = (stamp, faces);
        return faces;
    }
}
