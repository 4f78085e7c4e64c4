using System.IO.Compression;

namespace Briefing.Layout.PdfSharp;

/// <summary>
/// PDFsharp (6.2.4, checked) writes FlateDecode streams as a zlib header plus raw deflate data, without the Adler-32
/// checksum zlib requires; viewers cope, but strict checkers (qpdf --check) warn. This appends it.
/// </summary>
internal static class ZlibTrailer
{
    public static byte[] Complete(byte[] stream)
    {
        if (stream.Length < 3 || (stream[0] & 0x0F) != 8)
        {
            return stream;
        }

        byte[] inflated;
        try
        {
            using var input = new MemoryStream(stream, 2, stream.Length - 2);
            using var deflate = new DeflateStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            deflate.CopyTo(output);
            inflated = output.ToArray();
        }
        catch (InvalidDataException)
        {
            return stream;
        }

        var checksum = Adler32(inflated);
        var trailer = new[] { (byte)(checksum >> 24), (byte)(checksum >> 16), (byte)(checksum >> 8), (byte)checksum };
        if (stream.AsSpan(stream.Length - 4).SequenceEqual(trailer))
        {
            return stream;
        }

        return [.. stream, .. trailer];
    }

    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint Modulus = 65521;
        uint a = 1, b = 0;
        foreach (var value in data)
        {
            a = (a + value) % Modulus;
            b = (b + a) % Modulus;
        }

        return (b << 16) | a;
    }
}
