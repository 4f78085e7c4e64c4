using Briefing.Core.Model;
using Briefing.Core.Text;
using Briefing.Site.Charts;
using Briefing.Core.Reports;
using Briefing.Site.Views;
using Markdig;

namespace Briefing.Site.Pages;

/// <summary>
/// Builds the views one page shows, with every href relative to that page. Pages at different
/// depths get different contexts; the views they share are built the same way everywhere.
/// </summary>
internal sealed class PageContext(BriefingModel model, string pagePath)
{
    public BriefingModel Model { get; } = model;

    public string Root { get; } = SitePaths.RootOf(pagePath);

    public string Link(string path) => Root + path;

    public LinkView Company(string id) => new(Link(SitePaths.Company(id)), Model.Company(id).Name);

    /// <summary>The company's parent, linked; null when the content names none.</summary>
    public LinkView? ParentOf(Company company) => company.ParentId is { } id ? Company(id) : null;

    public LinkView Deal(string id) => new(Link(SitePaths.Deal(id)), Model.Deal(id).Title);

    /// <summary>
    /// Source numbers in number order, each source once: "[3][5]", never "[3][3]". Where in the
    /// source (paragraph 2; paragraph 5) goes into the link's title.
    /// </summary>
    public IReadOnlyList<CitationView> Cite(IEnumerable<Citation> citations) =>
        [.. citations
            .GroupBy(c => c.SourceId, StringComparer.Ordinal)
            .Select(g => (SourceId: g.Key, Number: Model.SourceNumber(g.Key), Places: g.Select(c => c.At).OfType<string>().Distinct(StringComparer.Ordinal).ToList()))
            .OrderBy(p => p.Number)
            .Select(p => new CitationView(
                p.Number,
                Link($"{SitePaths.Sources}#{SitePaths.SourceAnchor(p.SourceId)}"),
                Shortened.To(Model.Source(p.SourceId).Title + (p.Places.Count > 0 ? ", " + string.Join("; ", p.Places) : ""), TooltipLength)))];

    /// <summary>A citation's tooltip is repeated at every citation of its source: a line's worth is enough.</summary>
    private const int TooltipLength = 160;

    public FactView Fact(Fact fact)
    {
        var subject = fact.Figure is { } figure ? (figure.SubjectId is { } id ? Model.Company(id).Name : figure.Market) : null;
        return new FactView(
            fact.Id,
            SitePaths.FactAnchor(fact.Id),
            Link($"{SitePaths.Facts}#{SitePaths.FactAnchor(fact.Id)}"),
            fact.Statement,
            Label(fact, subject),
            fact.Figure,
            subject,
            fact.Figure is { } timed ? FigureText.When(timed) : "",
            Cite(fact.Cites),
            [.. fact.About.Select(Company)],
            [.. fact.Deals.Select(Deal)]);
    }

    /// <summary>Facts for a list: differing reports side by side, every other fact on its own.</summary>
    public IReadOnlyList<FactItemView> FactItems(IEnumerable<Fact> facts)
    {
        var list = facts.ToList();
        var groups = DifferingReports.Find(list);
        var grouped = groups.SelectMany(g => g).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var items = new List<FactItemView>();
        foreach (var fact in list)
        {
            if (!grouped.Contains(fact.Id))
            {
                items.Add(new FactItemView(Fact(fact), null));
            }
            else if (groups.FirstOrDefault(g => g[0].Id == fact.Id) is { } group)
            {
                items.Add(new FactItemView(null, Comparison(group)));
            }
        }

        return items;
    }

    public ComparisonView Comparison(IReadOnlyList<Fact> group)
    {
        var first = group[0].Figure!;
        var subject = first.SubjectId is { } id ? Model.Company(id).Name : null;
        return new ComparisonView(DifferingReports.Heading(first, subject), [.. group.Select(Fact)]);
    }

    public EventView Event(TimelineEvent e) => new(
        SitePaths.EventAnchor(e.Id),
        Link($"{SitePaths.Timeline}#{SitePaths.EventAnchor(e.Id)}"),
        e.Date,
        e.Title,
        e.Description,
        [.. e.Deals.Select(Deal)],
        [.. e.Companies.Select(Company)],
        [.. e.Facts.Select(id => Fact(Model.Fact(id)))],
        Cite(e.Cites));

    public DealSummaryView DealSummary(Deal deal) => new(
        Link(SitePaths.Deal(deal.Id)),
        deal.Title,
        deal.Kind,
        [.. deal.Parties.Select(p => Company(p.CompanyId))],
        deal.CurrentStatus,
        deal.Summary);

    /// <summary>Charts with at least one bar among the given facts (or all, for null).</summary>
    public IReadOnlyList<ChartView> Charts(IEnumerable<string>? factIds = null) =>
        [.. (factIds is null ? Model.Charts : ChartsPlotting(factIds))
            .Select(c => ChartViewBuilder.Build(c, Model, Fact))
            .OfType<ChartView>()];

    // Through the model's index, not a scan of every chart per page; charts are kept in id order, as the model lists them.
    private IEnumerable<Chart> ChartsPlotting(IEnumerable<string> factIds) =>
        factIds.SelectMany(Model.ChartsPlotting).Distinct().OrderBy(c => c.Id, StringComparer.Ordinal);

    private static string Label(Fact fact, string? subject)
    {
        if (fact.Figure is not { } figure)
        {
            return Markdown.ToPlainText(fact.Statement, MarkdownText.Pipeline).Trim();
        }

        var what = string.Join(", ", new[] { subject, figure.Segment }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var when = FigureText.When(figure);
        var label = what.Length == 0 ? $"{figure.Metric}: {FigureText.Format(figure)}" : $"{what}, {figure.Metric}: {FigureText.Format(figure)}";
        return when.Length == 0 ? label : $"{label} ({when})";
    }
}
