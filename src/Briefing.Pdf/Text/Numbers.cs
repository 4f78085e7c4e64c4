using Briefing.Core.Model;
using System.Globalization;

namespace Briefing.Pdf.Text;

/// <summary>Counts in words, as prose sets them: "Eight deals", "Nineteen companies", "42 sources".</summary>
internal static class Numbers
{
    private static readonly string[] Small =
    [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    /// <summary>The number in words up to twenty, in digits after that.</summary>
    public static string Words(int number) =>
        number >= 0 && number < Small.Length ? Small[number] : number.ToString(CultureInfo.InvariantCulture);

    /// <summary>"Eight deals": the count in words, capitalised, and the noun that agrees with it.</summary>
    public static string Count(int number, string singular, string plural) =>
        Labels.Capitalise($"{Words(number)} {(number == 1 ? singular : plural)}");
}
