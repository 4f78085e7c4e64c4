using Briefing.Core.Model;
using Briefing.Core.Reports;
using Briefing.Site.Charts;
using Briefing.Site.Views;

namespace Briefing.Site.Pages;

/// <summary>The overview: what the briefing says, its key figures and deals, and the PDF.</summary>
internal sealed record HomePage(
    string Title,
    string? Subtitle,
    PartialDate Edition,
    string Publisher,
    IReadOnlyList<string> Authors,
    string ExecutiveSummary,
    IReadOnlyList<PointView> Takeaways,
    IReadOnlyList<KeyFigureView> KeyFigures,
    IReadOnlyList<DealSummaryView> Deals,
    IReadOnlyList<ChartView> Charts,
    IReadOnlyList<PointView> Risks,
    IReadOnlyList<PointView> Outlook,
    string? Method,
    string PdfHref,
    string PdfFileName)
{
    public static HomePage Build(PageContext context, SiteOptions options)
    {
        var info = context.Model.Info;
        return new HomePage(
            info.Title,
            info.Subtitle,
            info.Edition,
            info.Publisher,
            info.Authors,
            info.ExecutiveSummary,
            Points(context, info.Takeaways),
            KeyFiguresOf(context, info.KeyFigures),
            [.. context.Model.Deals.Select(context.DealSummary)],
            context.Charts(),
            Points(context, info.Risks),
            Points(context, info.Outlook),
            info.Method,
            context.Link(Uri.EscapeDataString(options.PdfFileName)),
            options.PdfFileName);
    }

    private static IReadOnlyList<KeyFigureView> KeyFiguresOf(PageContext context, IReadOnlyList<string> ids)
    {
        var differing = DifferingReports.Find(context.Model.Facts);
        return [.. ids.Select(context.Model.Fact).Select(fact =>
        {
            var others = differing.FirstOrDefault(g => g.Contains(fact))?.Where(f => f != fact) ?? [];
            return new KeyFigureView(
                context.Fact(fact),
                fact.Figure is { } figure ? FigureText.QualifierWords(figure.Qualifier) : "",
                [.. others.Select(context.Fact)]);
        })];
    }

    private static IReadOnlyList<PointView> Points(PageContext context, IReadOnlyList<Point> points) =>
        [.. points.Select(p =>
        {
            var facts = p.Facts.Select(context.Model.Fact).ToList();
            return new PointView(p.Text, context.Cite(facts.SelectMany(f => f.Cites)), [.. facts.Select(context.Fact)]);
        })];
}
