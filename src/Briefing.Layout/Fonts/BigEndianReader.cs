namespace Briefing.Layout.Fonts;

/// <summary>Reads the big-endian integers OpenType tables are made of, from a byte span at a given offset.</summary>
internal static class BigEndianReader
{
    public static ushort UInt16(ReadOnlySpan<byte> data, int offset) =>
        (ushort)((data[offset] << 8) | data[offset + 1]);

    public static short Int16(ReadOnlySpan<byte> data, int offset) => unchecked((short)UInt16(data, offset));

    public static uint UInt32(ReadOnlySpan<byte> data, int offset) =>
        ((uint)data[offset] << 24) | ((uint)data[offset + 1] << 16) | ((uint)data[offset + 2] << 8) | data[offset + 3];

    public static string Tag(ReadOnlySpan<byte> data, int offset) =>
        string.Create(4, data.Slice(offset, 4).ToArray(), static (chars, bytes) =>
        {
            for (var i = 0; i < 4; i++)
            {
                chars[i] = (char)bytes[i];
            }
        });

    public static void WriteUInt16(Span<byte> data, int offset, int value)
    {
        data[offset] = (byte)(value >> 8);
        data[offset + 1] = (byte)value;
    }

    public static void WriteUInt32(Span<byte> data, int offset, uint value)
    {
        data[offset] = (byte)(value >> 24);
        data[offset + 1] = (byte)(value >> 16);
        data[offset + 2] = (byte)(value >> 8);
        data[offset + 3] = (byte)value;
    }
}
