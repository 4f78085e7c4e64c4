using Briefing.Core.Model;

namespace Briefing.Core.Reports;

/// <summary>
/// Finds figures that report the same thing differently: same metric, subject (or market),
/// segment, unit and date, but another time of day or another value. Sources that report a share
/// price in early trading and in the afternoon both stand; the site shows them side by side.
/// </summary>
public static class DifferingReports
{
    /// <summary>Groups of two or more facts that differ, each ordered by time of day; facts keep their order otherwise.</summary>
    public static IReadOnlyList<IReadOnlyList<Fact>> Find(IEnumerable<Fact> facts) =>
        [.. facts
            .Where(f => f.Figure is not null)
            .GroupBy(f => Key(f.Figure!))
            .Where(g => g.Count() > 1 && Differ([.. g.Select(f => f.Figure!)]))
            .Select(g => (IReadOnlyList<Fact>)[.. g.OrderBy(f => TimeOfDayOrder.Rank(f.Figure!.TimeOfDay))])];

    /// <summary>"Share price change — Xiaomi, Hong Kong shares, 26 March 2021".</summary>
    public static string Heading(Figure figure, string? subjectName)
    {
        var what = string.Join(", ", new[] { subjectName ?? figure.Market, figure.Segment }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var date = figure.Period?.ToDisplay() ?? figure.AsOf?.ToDisplay();
        var metric = Labels.Capitalise(figure.Metric);
        var heading = what.Length == 0 ? metric : $"{metric} — {what}";
        return date is null ? heading : $"{heading}, {date}";
    }

    private static string Key(Figure figure) => string.Join(
        "\u001f",
        figure.Metric.Trim().ToLowerInvariant(),
        figure.SubjectId ?? "",
        figure.Market?.Trim().ToLowerInvariant() ?? "",
        figure.Segment?.Trim().ToLowerInvariant() ?? "",
        // A figure and its conversion into another currency are the same report, not two.
        figure.Unit,
        figure.Period?.ToIso() ?? figure.AsOf?.ToIso() ?? "");

    private static bool Differ(IReadOnlyList<Figure> figures) =>
        figures.Select(f => f.TimeOfDay?.Trim().ToLowerInvariant()).Distinct().Count() > 1
        || figures.Select(f => (f.AbsoluteValue, f.Unit, f.Qualifier)).Distinct().Count() > 1;
}
