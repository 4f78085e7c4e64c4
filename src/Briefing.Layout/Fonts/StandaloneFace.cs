namespace Briefing.Layout.Fonts;

/// <summary>
/// Builds a single-face font file from one face of a TrueType collection (.ttc).
/// PDFsharp 6.2 rejects collections ("TrueType collection fonts are not yet supported"), so we copy the
/// face's tables into a file of its own; table data is unchanged, so the table checksums stay valid.
/// </summary>
internal static class StandaloneFace
{
    public static byte[] Extract(FontFileReader file, int faceIndex)
    {
        var directory = file.ReadDirectory(faceIndex);
        var tables = directory.Tables.Values.OrderBy(t => t.Tag, StringComparer.Ordinal).ToList();
        var headerLength = 12 + (16 * tables.Count);
        var size = headerLength + tables.Sum(t => Align4(t.Length));
        var output = new byte[size];

        BigEndianReader.WriteUInt32(output, 0, directory.SfntVersion);
        BigEndianReader.WriteUInt16(output, 4, tables.Count);
        var log2 = (int)Math.Floor(Math.Log2(tables.Count));
        var searchRange = (1 << log2) * 16;
        BigEndianReader.WriteUInt16(output, 6, searchRange);
        BigEndianReader.WriteUInt16(output, 8, log2);
        BigEndianReader.WriteUInt16(output, 10, (tables.Count * 16) - searchRange);

        var position = headerLength;
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var record = 12 + (16 * i);
            for (var c = 0; c < 4; c++)
            {
                output[record + c] = (byte)table.Tag[c];
            }

            BigEndianReader.WriteUInt32(output, record + 4, table.CheckSum);
            BigEndianReader.WriteUInt32(output, record + 8, (uint)position);
            BigEndianReader.WriteUInt32(output, record + 12, (uint)table.Length);
            file.Read(table.Offset, table.Length).CopyTo(output, position);
            position += Align4(table.Length);
        }

        return output;
    }

    private static int Align4(int length) => (length + 3) & ~3;
}
