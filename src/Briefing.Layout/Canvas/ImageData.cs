namespace Briefing.Layout.Canvas;

/// <summary>
/// An encoded PNG or JPEG image and its pixel size (read from the file header, so layout knows the aspect
/// ratio without decoding the picture).
/// </summary>
public sealed class ImageData
{
    private ImageData(byte[] bytes, int pixelWidth, int pixelHeight, string format)
    {
        Bytes = bytes;
        PixelWidth = pixelWidth;
        PixelHeight = pixelHeight;
        Format = format;
    }

    /// <summary>The encoded file.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    public int PixelWidth { get; }

    public int PixelHeight { get; }

    /// <summary>"png" or "jpeg".</summary>
    public string Format { get; }

    /// <summary>Reads the size from a PNG or JPEG file; returns null for anything else or a damaged header.</summary>
    public static ImageData? TryRead(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return ImageHeader.TryReadSize(bytes) is var (w, h, format) && w > 0 && h > 0
            ? new ImageData((byte[])bytes.Clone(), w, h, format)
            : null;
    }
}
