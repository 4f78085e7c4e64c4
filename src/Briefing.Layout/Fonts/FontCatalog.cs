namespace Briefing.Layout.Fonts;

/// <summary>
/// The faces found in a set of folders at one moment, grouped by family. Discovery reads only each face's
/// small header tables; glyph data is loaded on first use, through the <see cref="FontLibrary"/> that keeps
/// it for its owner.
/// </summary>
internal sealed class FontCatalog
{
    private readonly Dictionary<string, List<FontFaceInfo>> _families;
    private readonly FontLibrary _library;

    public FontCatalog(IEnumerable<FontFaceInfo> faces, FontLibrary library)
    {
        _library = library;
        _families = faces
            .GroupBy(f => f.Family, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        FamilyNames = [.. _families.Keys.Order(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>All family names, sorted, so fallback search order does not depend on the file system.</summary>
    public IReadOnlyList<string> FamilyNames { get; }

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
        return best is null ? null : _library.Load(best);
    }
}
