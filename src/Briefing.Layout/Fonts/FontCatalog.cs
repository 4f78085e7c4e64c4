using System.Collections.Concurrent;

namespace Briefing.Layout.Fonts;

/// <summary>
/// The faces found in a set of folders, grouped by family. Discovery reads only each face's small header
/// tables; glyph data is loaded on first use. Catalogs and loaded faces are cached for the process, since
/// fonts do not change while a report is generated.
/// </summary>
internal sealed class FontCatalog
{
    private static readonly ConcurrentDictionary<string, Lazy<FontCatalog>> Catalogs = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string Path, int Index), Lazy<FontFace>> LoadedFaces = new();
    private static readonly string[] Extensions = [".ttf", ".otf", ".ttc"];

    private readonly Dictionary<string, List<FontFaceInfo>> _families;

    private FontCatalog(IEnumerable<FontFaceInfo> faces)
    {
        _families = faces
            .GroupBy(f => f.Family, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        FamilyNames = [.. _families.Keys.Order(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>All family names, sorted, so fallback search order does not depend on the file system.</summary>
    public IReadOnlyList<string> FamilyNames { get; }

    public static FontCatalog For(IReadOnlyList<string> folders) =>
        Catalogs.GetOrAdd(string.Join('\n', folders), _ => new Lazy<FontCatalog>(() => Discover(folders))).Value;

    public bool HasFamily(string family) => _families.ContainsKey(family);

    /// <summary>True when the family is installed but only with outlines PDFsharp cannot embed (CFF).</summary>
    public bool IsUnusableFamily(string family) =>
        _families.TryGetValue(family, out var faces) && !faces.Any(f => f.IsUsable);

    /// <summary>The usable face of a family closest to the wanted weight and slant, normal width preferred.</summary>
    public FontFace? Find(string family, bool bold, bool italic)
    {
        if (!_families.TryGetValue(family, out var faces))
        {
            return null;
        }

        var wantedWeight = bold ? 700 : 400;
        var best = faces
            .Where(f => f.IsUsable)
            .OrderBy(f => (f.IsItalic == italic ? 0 : 10_000) + (Math.Abs(f.WidthClass - 5) * 1_000) + Math.Abs(f.Weight - wantedWeight))
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.FaceIndex)
            .FirstOrDefault();
        return best is null ? null : Load(best);
    }

    private static FontFace Load(FontFaceInfo info) =>
        LoadedFaces.GetOrAdd((info.Path, info.FaceIndex), _ => new Lazy<FontFace>(() => FontFace.Load(info))).Value;

    private static FontCatalog Discover(IReadOnlyList<string> folders)
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
                faces.AddRange(ReadFaces(file));
            }
        }

        return new FontCatalog(faces);
    }

    private static List<FontFaceInfo> ReadFaces(string path)
    {
        var result = new List<FontFaceInfo>();
        try
        {
            using var file = new FontFileReader(path);
            var count = SfntDirectory.CountFaces(file.Read(0, 12));
            for (var i = 0; i < count; i++)
            {
                if (FontFaceInfo.Read(file, path, i) is { } info)
                {
                    result.Add(info);
                }
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException or IndexOutOfRangeException)
        {
            // A broken or unreadable font file must not stop a report: it is simply not offered.
        }

        return result;
    }
}
