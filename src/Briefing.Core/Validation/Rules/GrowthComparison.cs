using Briefing.Core.Loading.Binding;
using Briefing.Core.Loading.Documents;
using Briefing.Core.Model;

namespace Briefing.Core.Validation.Rules;

/// <summary>Whether two figures a growth rate relates can be compared at all, and exactly.</summary>
internal static class GrowthComparison
{
    /// <summary>What differs between the figures (metric, subject, market, segment, period length), or null when they compare.</summary>
    public static string? Difference(FigureEntry from, FigureEntry to)
    {
        var differences = new List<string>();
        Compare("metric", from.Metric, to.Metric, differences);
        Compare("subject", from.Subject, to.Subject, differences);
        Compare("market", from.Market, to.Market, differences);
        Compare("segment", from.Segment, to.Segment, differences);
        if (Period.TryParse(from.Period) is { } a && Period.TryParse(to.Period) is { } b && Length(a) != Length(b))
        {
            differences.Add($"period {a} is {Length(a)} long, {b} is {Length(b)}");
        }

        return differences.Count == 0 ? null : string.Join("; ", differences);
    }

    /// <summary>The hedged figures in words ("more than 600 → more than 900"), or null when both are exact.</summary>
    public static string? Hedge(FigureEntry from, FigureEntry to) =>
        IsExact(from) && IsExact(to) ? null : $"{Words(from)} → {Words(to)}";

    private static bool IsExact(FigureEntry figure) => figure.Qualifier is null or Qualifier.Exact;

    private static string Words(FigureEntry figure) =>
        IsExact(figure) ? Number(figure.Value) : $"{EnumNames.ToYaml(figure.Qualifier!.Value.ToString()).Replace('-', ' ')} {Number(figure.Value)}";

    private static string Number(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void Compare(string what, string? a, string? b, List<string> differences)
    {
        if (!string.Equals(a ?? "", b ?? "", StringComparison.OrdinalIgnoreCase))
        {
            differences.Add($"{what} '{a ?? "(none)"}' vs '{b ?? "(none)"}'");
        }
    }

    /// <summary>"12 months", "2 months", "31 days": whole months when both ends are months or years, else days.</summary>
    private static string Length(Period period)
    {
        var end = period.End ?? period.Start;
        if (period.Start.Precision != DatePrecision.Day && end.Precision != DatePrecision.Day)
        {
            var startMonth = (period.Start.Year * 12) + (period.Start.Month ?? 1);
            var endMonth = (end.Year * 12) + (end.Month ?? 12);
            var months = endMonth - startMonth + 1;
            return months == 1 ? "1 month" : $"{months} months";
        }

        var days = (int)(Latest(end) - period.Start.Earliest).TotalDays;
        return days == 1 ? "1 day" : $"{days} days";
    }

    /// <summary>The day after the last day a date covers (the end of time for the last year a date may name).</summary>
    private static DateTime Latest(PartialDate date) => date.Year >= DateTime.MaxValue.Year ? DateTime.MaxValue : date.Precision switch
    {
        DatePrecision.Year => new DateTime(date.Year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        DatePrecision.Month => date.Earliest.AddMonths(1),
        _ => date.Earliest.AddDays(1),
    };
}
