namespace Briefing.Layout.Fonts;

/// <summary>
/// The table directory of one font face: a plain .ttf/.otf file, or one face of a .ttc collection
/// (whose faces share tables, so offsets are absolute within the whole file).
/// </summary>
internal sealed class SfntDirectory
{
    private const uint TrueTypeCollectionTag = 0x74746366; // 'ttcf'
    private const uint CffOutlinesTag = 0x4F54544F; // 'OTTO'

    private SfntDirectory(uint version, IReadOnlyDictionary<string, SfntTable> tables)
    {
        SfntVersion = version;
        Tables = tables;
    }

    public uint SfntVersion { get; }

    public IReadOnlyDictionary<string, SfntTable> Tables { get; }

    /// <summary>PostScript (CFF) outlines: PDFsharp embeds every font as TrueType (FontFile2), so these cannot be used.</summary>
    public bool HasCffOutlines => SfntVersion == CffOutlinesTag || Tables.ContainsKey("CFF ") || Tables.ContainsKey("CFF2");

    public bool HasTrueTypeOutlines => Tables.ContainsKey("glyf") && Tables.ContainsKey("loca");

    /// <summary>Number of faces in a file: the collection size for a .ttc, else 1.</summary>
    public static int CountFaces(ReadOnlySpan<byte> fileStart) =>
        BigEndianReader.UInt32(fileStart, 0) == TrueTypeCollectionTag ? (int)BigEndianReader.UInt32(fileStart, 8) : 1;

    /// <summary>Offset of the table directory of face <paramref name="faceIndex"/>, given the first bytes of the file.</summary>
    public static int DirectoryOffset(ReadOnlySpan<byte> fileStart, int faceIndex) =>
        BigEndianReader.UInt32(fileStart, 0) == TrueTypeCollectionTag
            ? (int)BigEndianReader.UInt32(fileStart, 12 + (4 * faceIndex))
            : 0;

    /// <summary>Parses the directory whose 12-byte header and records start at the beginning of <paramref name="directory"/>.</summary>
    public static SfntDirectory Parse(ReadOnlySpan<byte> directory)
    {
        var version = BigEndianReader.UInt32(directory, 0);
        int count = BigEndianReader.UInt16(directory, 4);
        var tables = new Dictionary<string, SfntTable>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + (16 * i);
            var tag = BigEndianReader.Tag(directory, record);
            tables[tag] = new SfntTable(
                tag,
                BigEndianReader.UInt32(directory, record + 4),
                (int)BigEndianReader.UInt32(directory, record + 8),
                (int)BigEndianReader.UInt32(directory, record + 12));
        }

        return new SfntDirectory(version, tables);
    }

    /// <summary>Bytes needed to hold the directory header and its records.</summary>
    public static int DirectoryLength(ReadOnlySpan<byte> header) => 12 + (16 * BigEndianReader.UInt16(header, 4));
}
