namespace Briefing.Core.Model;

/// <summary>A span of time a figure measures: a single date (a year, a month) or a range of two.</summary>
public sealed record Period(PartialDate Start, PartialDate? End = null)
{
    /// <summary>Parses <c>2022</c> or <c>2023-01/2023-02</c>; null when not valid or the end precedes the start.</summary>
    public static Period? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split('/');
        if (parts.Length > 2)
        {
            return null;
        }

        var start = PartialDate.TryParse(parts[0]);
        if (start is null)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return new Period(start);
        }

        var end = PartialDate.TryParse(parts[1]);
        return end is null || end.CompareTo(start) < 0 ? null : new Period(start, end);
    }

    public string ToIso() => End is null ? Start.ToIso() : $"{Start.ToIso()}/{End.ToIso()}";

    /// <summary>"2022", "January–February 2023", "March 2021–June 2022".</summary>
    public string ToDisplay()
    {
        if (End is null)
        {
            return Start.ToDisplay();
        }

        if (Start.Year == End.Year && Start.Precision == DatePrecision.Month && End.Precision == DatePrecision.Month)
        {
            var startMonth = Start.ToDisplay().Split(' ')[0];
            return $"{startMonth}–{End.ToDisplay()}";
        }

        return $"{Start.ToDisplay()}–{End.ToDisplay()}";
    }

    public override string ToString() => ToIso();
}
