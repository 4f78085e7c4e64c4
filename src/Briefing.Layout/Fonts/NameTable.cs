using System.Text;

namespace Briefing.Layout.Fonts;

/// <summary>Reads names (family, subfamily) from an OpenType 'name' table, preferring Windows US-English entries.</summary>
internal static class NameTable
{
    public const int Family = 1;
    public const int Subfamily = 2;
    public const int FullName = 4;
    public const int TypographicFamily = 16;
    public const int TypographicSubfamily = 17;

    public static string? Find(ReadOnlySpan<byte> table, int nameId)
    {
        int count = BigEndianReader.UInt16(table, 2);
        int storage = BigEndianReader.UInt16(table, 4);
        string? fallback = null;
        for (var i = 0; i < count; i++)
        {
            var record = 6 + (12 * i);
            int platform = BigEndianReader.UInt16(table, record);
            int encoding = BigEndianReader.UInt16(table, record + 2);
            int language = BigEndianReader.UInt16(table, record + 4);
            if (BigEndianReader.UInt16(table, record + 6) != nameId)
            {
                continue;
            }

            int length = BigEndianReader.UInt16(table, record + 8);
            var start = storage + BigEndianReader.UInt16(table, record + 10);
            if (start + length > table.Length)
            {
                continue;
            }

            var bytes = table.Slice(start, length);
            if (platform == 3 && (encoding == 1 || encoding == 10))
            {
                var name = Encoding.BigEndianUnicode.GetString(bytes);
                if (language == 0x409)
                {
                    return name;
                }

                fallback ??= name;
            }
            else if (platform == 1 && encoding == 0)
            {
                fallback ??= Encoding.Latin1.GetString(bytes);
            }
        }

        return fallback;
    }
}
