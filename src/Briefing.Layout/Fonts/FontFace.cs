using System.Security.Cryptography;

namespace Briefing.Layout.Fonts;

/// <summary>
/// One loaded font face (e.g. "DejaVu Sans Bold"): its metrics and character coverage, used to measure
/// text exactly as PDFsharp will draw it (advance widths, no kerning), and the bytes PDFsharp embeds.
/// </summary>
public sealed class FontFace
{
    private readonly CharacterMap _characters;
    private readonly HorizontalMetrics _metrics;

    private FontFace(FontFaceInfo info, byte[] data, CharacterMap characters, HorizontalMetrics metrics, int unitsPerEm, int ascender, int descender)
    {
        Info = info;
        Data = data;
        _characters = characters;
        _metrics = metrics;
        UnitsPerEm = unitsPerEm;
        Ascent = ascender / (double)unitsPerEm;
        Descent = -descender / (double)unitsPerEm;
        Key = "BriefingLayout-" + Convert.ToHexString(SHA256.HashData(data))[..16];
    }

    /// <summary>The family name, e.g. "DejaVu Sans".</summary>
    public string Family => Info.Family;

    /// <summary>The style name, e.g. "Bold Oblique".</summary>
    public string Style => Info.Subfamily;

    /// <summary>"Family Style", the name tests and diagnostics show.</summary>
    public string Name => Info.Subfamily is "Regular" or "Book" ? Info.Family : $"{Info.Family} {Info.Subfamily}";

    /// <summary>The file the face was read from.</summary>
    public string FilePath => Info.Path;

    /// <summary>Distance from baseline to the top of the line box, as a fraction of the font size.</summary>
    public double Ascent { get; }

    /// <summary>Distance from baseline to the bottom of the line box (positive), as a fraction of the font size.</summary>
    public double Descent { get; }

    internal FontFaceInfo Info { get; }

    /// <summary>A name unique to these bytes, under which the PDFsharp font resolver serves the face.</summary>
    internal string Key { get; }

    internal byte[] Data { get; }

    internal int UnitsPerEm { get; }

    internal int GlyphCount => _characters.Count;

    /// <summary>True when the face has a real glyph (not .notdef) for the code point.</summary>
    public bool HasGlyph(int codePoint) => _characters.TryGetGlyph(codePoint, out _);

    /// <summary>Advance width of a code point, as a fraction of the font size.</summary>
    internal double Advance(int codePoint) =>
        _characters.TryGetGlyph(codePoint, out var glyph) ? _metrics.Advance(glyph) / (double)UnitsPerEm : _metrics.Advance(0) / (double)UnitsPerEm;

    /// <summary>Width of a string at a font size, in points.</summary>
    public double Measure(string text, double size)
    {
        var units = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            units += Advance(rune.Value);
        }

        return units * size;
    }

    public override string ToString() => Name;

    internal static FontFace Load(FontFaceInfo info)
    {
        using var file = new FontFileReader(info.Path);
        var data = info.FaceIndex == 0 && SfntDirectory.CountFaces(file.Read(0, 12)) == 1
            ? file.Read(0, (int)file.Length)
            : StandaloneFace.Extract(file, info.FaceIndex);
        var directory = SfntDirectory.Parse(data);
        ReadOnlySpan<byte> Table(string tag) =>
            directory.Tables.TryGetValue(tag, out var t) ? data.AsSpan(t.Offset, t.Length) : throw new InvalidDataException($"Font {info.Path} has no '{tag}' table.");

        var head = Table("head");
        var hhea = Table("hhea");
        int unitsPerEm = BigEndianReader.UInt16(head, 18);
        var metrics = HorizontalMetrics.Parse(hhea, Table("hmtx"));
        var characters = CharacterMap.Parse(Table("cmap"));
        return new FontFace(info, data, characters, metrics, unitsPerEm, BigEndianReader.Int16(hhea, 4), BigEndianReader.Int16(hhea, 6));
    }
}
