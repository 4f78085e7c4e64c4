namespace Briefing.Layout.Fonts;

/// <summary>What discovery learns about one face without loading its glyph data.</summary>
/// <param name="Path">The font file.</param>
/// <param name="FaceIndex">The face's index inside a .ttc collection; 0 for single-face files.</param>
/// <param name="Family">The typographic family name (name ID 16, else 1).</param>
/// <param name="Subfamily">The style name, e.g. "Bold Oblique".</param>
/// <param name="Weight">OS/2 weight class, 100–900.</param>
/// <param name="WidthClass">OS/2 width class, 5 is normal.</param>
/// <param name="IsItalic">Italic or oblique.</param>
/// <param name="IsUsable">True when PDFsharp can embed it (TrueType outlines).</param>
internal sealed record FontFaceInfo(
    string Path,
    int FaceIndex,
    string Family,
    string Subfamily,
    int Weight,
    int WidthClass,
    bool IsItalic,
    bool IsUsable)
{
    public bool IsBold => Weight >= 600;

    /// <summary>Every face of a font file; none when the file is broken or unreadable.</summary>
    public static IReadOnlyList<FontFaceInfo> ReadFile(string path)
    {
        var result = new List<FontFaceInfo>();
        try
        {
            using var file = new FontFileReader(path);
            var count = SfntDirectory.CountFaces(file.Read(0, 12));
            for (var i = 0; i < count; i++)
            {
                if (Read(file, path, i) is { } info)
                {
                    result.Add(info);
                }
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException or IndexOutOfRangeException)
        {
            // A broken or unreadable font file must not stop a report: it is simply not offered.
            return [];
        }

        return result;
    }

    /// <summary>Reads the face's names and style, or returns null when the file is not a font we can parse.</summary>
    public static FontFaceInfo? Read(FontFileReader file, string path, int faceIndex)
    {
        var directory = file.ReadDirectory(faceIndex);
        var name = file.ReadTable(directory, "name");
        if (name is null)
        {
            return null;
        }

        var family = NameTable.Find(name, NameTable.TypographicFamily) ?? NameTable.Find(name, NameTable.Family);
        if (string.IsNullOrWhiteSpace(family))
        {
            return null;
        }

        var subfamily = NameTable.Find(name, NameTable.TypographicSubfamily) ?? NameTable.Find(name, NameTable.Subfamily) ?? "Regular";
        var os2 = file.ReadTable(directory, "OS/2");
        var head = file.ReadTable(directory, "head");
        var weight = os2 is { Length: >= 8 } ? BigEndianReader.UInt16(os2, 4) : 400;
        var width = os2 is { Length: >= 8 } ? BigEndianReader.UInt16(os2, 6) : 5;
        var italic = os2 is { Length: >= 64 }
            ? (BigEndianReader.UInt16(os2, 62) & 0x01) != 0
            : head is { Length: >= 46 } && (BigEndianReader.UInt16(head, 44) & 0x02) != 0;
        italic |= subfamily.Contains("Italic", StringComparison.OrdinalIgnoreCase)
            || subfamily.Contains("Oblique", StringComparison.OrdinalIgnoreCase);
        var usable = directory.HasTrueTypeOutlines && !directory.HasCffOutlines;
        return new FontFaceInfo(path, faceIndex, family.Trim(), subfamily.Trim(), weight, width, italic, usable);
    }
}
