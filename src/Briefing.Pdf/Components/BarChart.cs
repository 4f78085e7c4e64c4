using Briefing.Core.Charts;
using Briefing.Core.Model;
using Briefing.Layout.Blocks;
using Briefing.Layout.Text;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Text;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>
/// A chart from the model, drawn as vectors from the geometry the site also uses (<see cref="BarChartGeometry"/>):
/// title, description, the bars with their values as printed ("more than 9%"), the unit and source markers.
/// Vertical charts pair up side by side; horizontal ones take the full width.
/// </summary>
internal static class BarChart
{
    /// <summary>The "Charts" part of the key figures section, or nothing when the briefing has no charts.</summary>
    public static IReadOnlyList<Block> Section(BriefingContext context)
    {
        var charts = context.Model.Charts.Select(c => PlottedChart.From(c, context.Model)).OfType<PlottedChart>().ToList();
        if (charts.Count == 0)
        {
            return [];
        }

        var theme = context.Theme;
        var blocks = new List<Block> { SectionOpening.Subheading(context, "Charts", Anchors.Subsection(SectionKind.KeyFigures, "charts")) };
        var half = (theme.BodyWidth - theme.WideGutter) / 2;
        var vertical = charts.Where(c => c.Chart.Kind == ChartKind.Bar).ToList();
        for (var i = 0; i < vertical.Count; i += 2)
        {
            blocks.Add(new Columns([.. vertical.Skip(i).Take(2).Select(c => new Column(Create(context, c, half)))]) { Gap = theme.WideGutter, SpaceAfter = Space.Subsection });
        }

        blocks.AddRange(charts.Where(c => c.Chart.Kind != ChartKind.Bar).Select(c => Create(context, c, theme.BodyWidth) with { SpaceAfter = Space.Subsection }));
        return blocks;
    }

    /// <summary>One chart, <paramref name="width"/> points wide, kept on one page.</summary>
    public static Group Create(BriefingContext context, PlottedChart plotted, double width)
    {
        var theme = context.Theme;
        var chart = plotted.Chart;
        var plot = new ChartPlot(context, plotted, width);
        var markers = context.Markers.ForFacts(plotted.Bars.Select(b => b.Fact.Id));
        var note = new List<Run>();
        if (plotted.UnitCaption.Length > 0)
        {
            note.Add(new Run($"Values in {plotted.UnitCaption}. "));
        }

        note.Add(new Run(markers.Count == 1 ? "Source" : "Sources"));
        note.AddRange(markers);

        // The description follows the chart as its caption, so charts side by side keep their plots level.
        return new Group(
            new Paragraph(chart.Title) { Anchor = Anchors.Chart(chart.Id), Style = theme.Heading4, KeepWithNext = true, SpaceAfter = Space.Small },
            new Drawing(plot.Height, plot.Draw) { Width = width, SpaceAfter = Space.Text },
            new Group(context.Markdown.Blocks(chart.Description, theme.SmallMuted).WithParagraphSpaceAfter(Space.Tight)),
            new Paragraph(note) { Style = theme.SmallMuted, SpaceAfter = 0 })
        {
            KeepTogether = true,
        };
    }
}
