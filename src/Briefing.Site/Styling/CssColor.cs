using System.Globalization;

namespace Briefing.Site.Styling;

/// <summary>
/// An sRGB colour parsed from <c>#rrggbb</c>. Only this type's output ever reaches CSS, so a
/// theme value that is not a colour cannot inject anything into the stylesheet.
/// </summary>
internal readonly record struct CssColor(byte R, byte G, byte B)
{
    public static readonly CssColor White = new(255, 255, 255);
    public static readonly CssColor Black = new(0, 0, 0);

    /// <summary>Parses exactly <c>#rrggbb</c>; anything else is null.</summary>
    public static CssColor? TryParse(string? text)
    {
        if (text is not { Length: 7 } || text[0] != '#' || !text.Skip(1).All(char.IsAsciiHexDigit))
        {
            return null;
        }

        return new CssColor(Channel(text, 1), Channel(text, 3), Channel(text, 5));
    }

    /// <summary>Mixes towards another colour: 0 keeps this one, 1 gives the other.</summary>
    public CssColor Mix(CssColor other, double amount) => new(
        Lerp(R, other.R, amount), Lerp(G, other.G, amount), Lerp(B, other.B, amount));

    /// <summary>WCAG 2 contrast ratio, 1 to 21.</summary>
    public double ContrastWith(CssColor other)
    {
        var (light, dark) = (Luminance(), other.Luminance());
        if (dark > light)
        {
            (light, dark) = (dark, light);
        }

        return (light + 0.05) / (dark + 0.05);
    }

    /// <summary>
    /// This colour, mixed step by step towards <paramref name="towards"/> until it reaches the
    /// contrast ratio against <paramref name="background"/>. Keeps an analyst's pale brand colour
    /// readable as link text.
    /// </summary>
    public CssColor WithContrast(CssColor background, double ratio, CssColor towards)
    {
        for (var step = 0; step <= 20; step++)
        {
            var candidate = Mix(towards, step / 20.0);
            if (candidate.ContrastWith(background) >= ratio)
            {
                return candidate;
            }
        }

        return towards;
    }

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";

    private double Luminance() => (0.2126 * Linear(R)) + (0.7152 * Linear(G)) + (0.0722 * Linear(B));

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static byte Lerp(byte from, byte to, double amount) =>
        (byte)Math.Round(from + ((to - from) * Math.Clamp(amount, 0, 1)), MidpointRounding.AwayFromZero);

    private static byte Channel(string text, int start) =>
        byte.Parse(text.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
