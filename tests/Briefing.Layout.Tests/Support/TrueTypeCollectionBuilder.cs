namespace Briefing.Layout.Tests.Support;

/// <summary>Packs single-face fonts into a TrueType collection (.ttc) for tests.</summary>
internal static class TrueTypeCollectionBuilder
{
    public static byte[] Build(params byte[][] fonts)
    {
        var header = 12 + (4 * fonts.Length);
        var output = new List<byte>();
        output.AddRange("ttcf"u8.ToArray());
        output.AddRange([0, 1, 0, 0]);
        output.AddRange(BigEndian(fonts.Length));
        var offsets = new List<int>();
        var position = header;
        foreach (var font in fonts)
        {
            offsets.Add(position);
            position += Align(font.Length);
        }

        offsets.ForEach(o => output.AddRange(BigEndian(o)));
        for (var i = 0; i < fonts.Length; i++)
        {
            // Table offsets in a collection are from the start of the file: shift each face's directory.
            var font = (byte[])fonts[i].Clone();
            int tables = (font[4] << 8) | font[5];
            for (var t = 0; t < tables; t++)
            {
                var at = 12 + (16 * t) + 8;
                var offset = (font[at] << 24) | (font[at + 1] << 16) | (font[at + 2] << 8) | font[at + 3];
                BigEndian(offset + offsets[i]).CopyTo(font, at);
            }

            output.AddRange(font);
            output.AddRange(new byte[Align(font.Length) - font.Length]);
        }

        return [.. output];
    }

    private static int Align(int length) => (length + 3) & ~3;

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
}
