using System.Globalization;

namespace Briefing.Core.Model;

/// <summary>
/// A date known to the day, the month or only the year. Sources often give less than a full
/// date, and the briefing must never print more precision than the source had.
/// </summary>
public sealed record PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    /// <summary>The word before a date that is only an upper bound: <c>by 2023-03</c>.</summary>
    public const string NoLaterThanPrefix = "by ";

    /// <summary>
    /// True when the source says only that it had happened by this date ("BAIC later replied", in an
    /// article of March 2023): the date is the latest it can be, and reads "by March 2023".
    /// </summary>
    public bool NoLaterThan { get; init; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day
        : Month is not null ? DatePrecision.Month
        : DatePrecision.Year;

    /// <summary>
    /// Parses <c>2023-03-13</c>, <c>2023-03</c> or <c>2023</c>, and <c>by 2023-03</c> where
    /// <paramref name="allowNoLaterThan"/>; null when the text is not a valid date.
    /// </summary>
    public static PartialDate? TryParse(string? text, bool allowNoLaterThan = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (text.StartsWith(NoLaterThanPrefix, StringComparison.Ordinal))
        {
            return allowNoLaterThan && TryParse(text[NoLaterThanPrefix.Length..]) is { } bound
                ? bound with { NoLaterThan = true }
                : null;
        }

        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            return null;
        }

        if (!parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        int year = numbers[0];
        int? month = numbers.Length > 1 ? numbers[1] : null;
        int? day = numbers.Length > 2 ? numbers[2] : null;
        if (year < 1 || month is < 1 or > 12)
        {
            return null;
        }

        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            return null;
        }

        return new PartialDate(year, month, day);
    }

    /// <summary>The ISO 8601 text at this date's precision.</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    /// <summary>
    /// The date for readers, at its precision: "13 March 2023", "March 2023", "2023"; an upper
    /// bound reads "by March 2023".
    /// </summary>
    public string ToDisplay() => NoLaterThan ? NoLaterThanPrefix + ToDisplayWithoutBound() : ToDisplayWithoutBound();

    /// <summary>The date alone, without "by" (for a machine-readable element that carries the word outside).</summary>
    public string ToDisplayWithoutBound() => Precision switch
    {
        DatePrecision.Day => $"{Day} {MonthName(Month!.Value)} {Year}",
        DatePrecision.Month => $"{MonthName(Month!.Value)} {Year}",
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The first day this date could mean; used for sorting and for PDF metadata.</summary>
    public DateTime Earliest => new(Year, Month ?? 1, Day ?? 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Orders by the earliest day, then less precise first (a year sorts before its first day).</summary>
    public int CompareTo(PartialDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byDay = Earliest.CompareTo(other.Earliest);
        return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
    }

    public override string ToString() => NoLaterThan ? NoLaterThanPrefix + ToIso() : ToIso();

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
