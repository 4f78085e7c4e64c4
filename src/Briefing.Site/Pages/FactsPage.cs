using Briefing.Core.Model;
using Briefing.Core.Reports;
using Briefing.Site.Views;

namespace Briefing.Site.Pages;

/// <summary>
/// Every fact in one table. Rows carry data attributes a small local script filters on; without
/// the script the filters stay hidden and the whole table reads as it is.
/// </summary>
internal sealed record FactsPage(
    IReadOnlyList<FactRowView> Rows,
    IReadOnlyList<ComparisonView> Comparisons,
    IReadOnlyList<FilterOption> Companies,
    IReadOnlyList<FilterOption> Metrics,
    IReadOnlyList<FilterOption> Sources)
{
    public const string Script = "assets/facts-filter.js";

    public static FactsPage Build(PageContext context)
    {
        var model = context.Model;
        var rows = model.Facts.Select(f => new FactRowView(
            context.Fact(f),
            string.Join(' ', CompaniesOf(f)),
            f.Figure?.Metric ?? "",
            string.Join(' ', f.Cites.Select(c => c.SourceId).Distinct(StringComparer.Ordinal)))).ToList();
        var companyIds = model.Facts.SelectMany(CompaniesOf).ToHashSet(StringComparer.Ordinal);
        return new FactsPage(
            rows,
            [.. DifferingReports.Find(model.Facts).Select(context.Comparison)],
            [.. model.Companies.Where(c => companyIds.Contains(c.Id)).Select(c => new FilterOption(c.Id, c.Name))],
            [.. model.Facts.Select(f => f.Figure?.Metric).OfType<string>().Distinct(StringComparer.Ordinal)
                .Order(StringComparer.OrdinalIgnoreCase).Select(m => new FilterOption(m, m))],
            [.. model.Sources.Select(s => new FilterOption(s.Id, $"[{model.SourceNumber(s.Id)}] {s.Title}"))]);
    }

    private static IEnumerable<string> CompaniesOf(Fact fact) =>
        fact.About.Append(fact.Figure?.SubjectId).OfType<string>().Distinct(StringComparer.Ordinal);
}

/// <summary>A row of the facts table and the values the filters match it on (space-separated ids).</summary>
internal sealed record FactRowView(FactView Fact, string CompanyIds, string Metric, string SourceIds);

/// <summary>An option of a filter drop-down.</summary>
internal sealed record FilterOption(string Value, string Text);
