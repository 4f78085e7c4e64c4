using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Core.Validation.Archive;

/// <summary>
/// The numbers a paragraph prints, as values: "50,179" is 50179, "8 billion" and "8bn" are
/// 8,000,000,000, "92.06 percent" and "92.06%" are 92.06, "ten-year" is 10. Signs are not read: a
/// figure verifies when the size of its value times its scale is among them.
/// </summary>
internal static partial class PrintedNumbers
{
    private static readonly Dictionary<string, decimal> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["hundred"] = 100,
        ["half"] = 50, ["dozen"] = 12,
    };

    public static IEnumerable<decimal> In(string paragraph)
    {
        foreach (Match match in Numeral().Matches(paragraph))
        {
            var digits = match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal);
            if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            yield return value;
            // A number too large to be any figure (figures stop at a quadrillion) is not scaled: it could overflow.
            if (match.Groups["scale"].Success && value < 1_000_000_000_000_000m)
            {
                yield return value * Multiplier(match.Groups["scale"].Value);
            }
        }

        foreach (Match match in Word().Matches(paragraph))
        {
            yield return Words[match.Value];
        }
    }

    private static decimal Multiplier(string word) => word.ToLowerInvariant() switch
    {
        "thousand" or "k" => 1_000m,
        "million" or "mn" or "m" => 1_000_000m,
        "billion" or "bn" or "b" => 1_000_000_000m,
        "trillion" or "tn" => 1_000_000_000_000m,
        _ => 1m,
    };

    [GeneratedRegex(@"(?<![\d.,])(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?<scale>thousand|million|billion|trillion|bn|mn|tn|[kmb])\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numeral();

    [GeneratedRegex(@"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|half|dozen)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
