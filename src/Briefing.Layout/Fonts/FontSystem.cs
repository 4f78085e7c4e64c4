using System.Globalization;
using System.Text;

namespace Briefing.Layout.Fonts;

/// <summary>
/// Picks faces for text: the requested family and style (or the fallback family), and per character the
/// first face that has a glyph, so a Chinese name inside Latin text is drawn with a CJK font.
/// Characters no face has are remembered and reported once per document.
/// </summary>
internal sealed class FontSystem
{
    private readonly FontCatalog _catalog;
    private readonly FontSettings _settings;
    private readonly Dictionary<(string Family, bool Bold, bool Italic), FontFace> _primary = [];
    private readonly Dictionary<(string Key, bool Bold, bool Italic, int CodePoint), FontFace?> _fallbacks = [];
    private readonly SortedSet<int> _missing = [];
    private readonly WarningCollector _warnings;

    public FontSystem(FontSettings settings, WarningCollector warnings)
    {
        _settings = settings;
        _warnings = warnings;
        _catalog = (settings.Library ?? new FontLibrary()).Catalog(settings.EffectiveFolders());
    }

    /// <summary>The face for a family and style, falling back to the fallback family (with a warning).</summary>
    public FontFace Face(string family, bool bold, bool italic)
    {
        if (_primary.TryGetValue((family, bold, italic), out var cached))
        {
            return cached;
        }

        var face = _catalog.Find(family, bold, italic);
        if (face is null)
        {
            var why = _catalog.IsUnusableFamily(family)
                ? "is installed only with PostScript (CFF) outlines, which PDFsharp cannot embed"
                : "is not installed";
            face = _catalog.Find(_settings.FallbackFamily, bold, italic)
                ?? throw new InvalidOperationException(
                    $"Neither font family '{family}' nor the fallback family '{_settings.FallbackFamily}' is available in: {string.Join(", ", _settings.EffectiveFolders())}.");
            _warnings.Add(WarningCodes.FontFamilyMissing, $"Font family '{family}' {why}; using '{face.Family}'.", family);
        }

        _primary[(family, bold, italic)] = face;
        return face;
    }

    /// <summary>Splits text into pieces that one face can draw, in order.</summary>
    public IReadOnlyList<(string Text, FontFace Face)> Segment(string text, FontFace primary, bool bold, bool italic)
    {
        var result = new List<(string, FontFace)>();
        var current = new StringBuilder();
        FontFace? currentFace = null;
        foreach (var rune in text.EnumerateRunes())
        {
            // Spaces and marks join the piece they sit in, so a fallback run is not cut at every space.
            var face = IsNeutral(rune) && currentFace is not null ? currentFace : FaceFor(rune.Value, primary, bold, italic);
            if (currentFace is not null && face != currentFace)
            {
                result.Add((current.ToString(), currentFace));
                current.Clear();
            }

            currentFace = face;
            current.Append(rune.ToString());
        }

        if (currentFace is not null)
        {
            result.Add((current.ToString(), currentFace));
        }

        return result;
    }

    /// <summary>Reports the characters no face could draw, once.</summary>
    public void ReportMissingGlyphs()
    {
        if (_missing.Count == 0)
        {
            return;
        }

        var list = string.Join(", ", _missing.Select(c => $"U+{c:X4} '{char.ConvertFromUtf32(c)}'"));
        _warnings.Add(WarningCodes.GlyphsMissing, $"No available font has a glyph for: {list}.");
    }

    private FontFace FaceFor(int codePoint, FontFace primary, bool bold, bool italic)
    {
        if (primary.HasGlyph(codePoint) || IsInvisible(codePoint))
        {
            return primary;
        }

        var key = (primary.Key, bold, italic, codePoint);
        if (!_fallbacks.TryGetValue(key, out var face))
        {
            face = SearchFallback(codePoint, bold, italic);
            _fallbacks[key] = face;
        }

        if (face is null)
        {
            _missing.Add(codePoint);
        }

        return face ?? primary;
    }

    private FontFace? SearchFallback(int codePoint, bool bold, bool italic)
    {
        var families = new[] { _settings.FallbackFamily }.Concat(_settings.FallbackFamilies).Concat(_catalog.FamilyNames);
        foreach (var family in families.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (_catalog.Find(family, bold, italic) is { } face && face.HasGlyph(codePoint))
            {
                return face;
            }
        }

        return null;
    }

    private static bool IsNeutral(Rune rune) =>
        Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    private static bool IsInvisible(int codePoint) =>
        codePoint < 0x20 || codePoint is 0x200B or 0x200C or 0x200D or 0xFEFF or 0x00AD;
}
