namespace Briefing.Layout.Canvas;

/// <summary>Reads pixel dimensions from PNG (IHDR) and JPEG (SOFn marker) headers.</summary>
internal static class ImageHeader
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height, string Format)? TryReadSize(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 24 && data[..8].SequenceEqual(PngSignature))
        {
            return (ReadInt32(data, 16), ReadInt32(data, 20), "png");
        }

        return data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8 ? TryReadJpeg(data) : null;
    }

    private static (int, int, string)? TryReadJpeg(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (i + 9 < data.Length)
        {
            if (data[i] != 0xFF)
            {
                return null;
            }

            var marker = data[i + 1];
            var length = (data[i + 2] << 8) | data[i + 3];
            // SOF0..SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var height = (data[i + 5] << 8) | data[i + 6];
                var width = (data[i + 7] << 8) | data[i + 8];
                return (width, height, "jpeg");
            }

            i += 2 + length;
        }

        return null;
    }

    private static int ReadInt32(ReadOnlySpan<byte> data, int offset) =>
        (data[offset] << 24) | (data[offset + 1] << 16) | (data[offset + 2] << 8) | data[offset + 3];
}
