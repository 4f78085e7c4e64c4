using System.Text;

namespace Briefing.Testing;

/// <summary>
/// Real TrueType fonts under a family name no machine has, so a test can make a font appear or change
/// (DejaVu ships with every machine the tests run on).
/// </summary>
public static class TestFonts
{
    public const string DejaVuFolder = "/usr/share/fonts/truetype/dejavu";

    /// <summary>
    /// A DejaVu Sans file (e.g. "DejaVuSans.ttf") whose names say <paramref name="family"/> instead, which must
    /// be as long as "DejaVu Sans" (11 characters): the names are rewritten in place, so nothing else moves.
    /// </summary>
    public static byte[] DejaVuSansAs(string family, string file = "DejaVuSans.ttf")
    {
        const string Original = "DejaVu Sans";
        ArgumentOutOfRangeException.ThrowIfNotEqual(family.Length, Original.Length);
        var font = File.ReadAllBytes(Path.Combine(DejaVuFolder, file));
        var (offset, length) = Table(font, "name");
        var name = font.AsSpan(offset, length);
        // Windows names are UTF-16BE, Macintosh names single bytes: rewrite both.
        var replaced = Replace(name, Encoding.BigEndianUnicode.GetBytes(Original), Encoding.BigEndianUnicode.GetBytes(family))
            + Replace(name, Encoding.Latin1.GetBytes(Original), Encoding.Latin1.GetBytes(family));
        if (replaced == 0)
        {
            throw new InvalidDataException($"{file} does not name {Original}.");
        }

        return font;
    }

    private static (int Offset, int Length) Table(byte[] font, string tag)
    {
        var tables = (font[4] << 8) | font[5];
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + (16 * i);
            if (Encoding.ASCII.GetString(font, record, 4) == tag)
            {
                return (BigEndian(font, record + 8), BigEndian(font, record + 12));
            }
        }

        throw new InvalidDataException($"No '{tag}' table.");
    }

    private static int Replace(Span<byte> data, byte[] from, byte[] to)
    {
        var count = 0;
        for (var at = data.IndexOf(from); at >= 0; at = data.IndexOf(from))
        {
            to.CopyTo(data[at..]);
            count++;
        }

        return count;
    }

    private static int BigEndian(byte[] data, int at) => (data[at] << 24) | (data[at + 1] << 16) | (data[at + 2] << 8) | data[at + 3];
}
