using Briefing.Core.Model;
using Briefing.Core.Reports;
using Briefing.Layout.Blocks;
using Briefing.Layout.Text;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Text;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>
/// The key figures as a two-column grid of cards: a brand rule, the number large (its hedge small before
/// it), what it measures, for whom and when, and its source marker. A figure another report gives
/// differently says so on its card; the full comparison follows the grid, then the charts and every
/// figure of the briefing in one table.
/// </summary>
internal static class KeyFigureCards
{
    private const int PerRow = 2;

    public static Group Create(BriefingContext context)
    {
        var theme = context.Theme;
        var figures = context.Info.KeyFigures.Select(context.Model.Fact).Where(f => f.Figure is not null).ToList();
        var differing = DifferingReports.Find(context.Model.Facts);
        var blocks = new List<Block>
        {
            SectionOpening.Create(context, SectionKind.KeyFigures, "Figures exactly as the sources print them, with their hedges; a number in brackets links to the source."),
        };

        for (var i = 0; i < figures.Count; i += PerRow)
        {
            var cards = figures.Skip(i).Take(PerRow).Select(f => Card(context, f, differing)).ToList();
            while (cards.Count < PerRow)
            {
                cards.Add(new Column());
            }

            blocks.Add(new Columns([.. cards]) { Gap = theme.WideGutter, KeepTogether = true, SpaceAfter = Space.Subsection });
        }

        blocks.AddRange(Differing(context, differing));
        blocks.AddRange(BarChart.Section(context));
        blocks.AddRange(AllFigures.Create(context));
        blocks.AddRange(OtherFacts.Create(context, SectionKind.KeyFigures));
        return new Group(blocks);
    }

    /// <summary>"Where reports differ": the heading and its intro keep with the first table's caption, header and first row.</summary>
    internal static IReadOnlyList<Block> Differing(BriefingContext context, IReadOnlyList<IReadOnlyList<Fact>> differing)
    {
        if (differing.Count == 0)
        {
            return [];
        }

        return
        [
            SectionOpening.Subheading(context, "Where reports differ", Anchors.Subsection(SectionKind.KeyFigures, "differing")),
            SectionOpening.SubsectionIntro(context, "Where reports give the same measure differently, for example at different times of the same day, each is kept with its time and source."),
            .. SideBySideReports.Create(context, differing),
        ];
    }

    private static Column Card(BriefingContext context, Fact fact, IReadOnlyList<IReadOnlyList<Fact>> differing)
    {
        var theme = context.Theme;
        var figure = fact.Figure!;
        var qualifier = FigureText.QualifierWords(figure.Qualifier);
        var value = new List<Run>();
        if (qualifier.Length > 0)
        {
            value.Add(new Run(qualifier + " ", theme.FigureQualifier));
        }

        value.Add(new Run(FigureText.Amount(figure), theme.FigureValue));
        var where = new[] { Subjects.WithSegment(context, figure), FigureText.When(figure) }.Where(s => s.Length > 0);
        var blocks = new List<Block>
        {
            new HorizontalRule { Stroke = theme.BrandRule, SpaceBefore = 0, SpaceAfter = Space.Medium },
            new Paragraph(value) { Style = theme.FigureValue, SpaceAfter = Space.Snug },
            new Paragraph(Labels.Capitalise(figure.Metric)) { Style = theme.Heading4, SpaceAfter = Space.Hair },
            new Paragraph([new Run(string.Join(" · ", where)), .. context.Markers.For(fact.Cites)]) { Style = theme.SmallMuted, SpaceAfter = 0 },
        };

        var others = differing.FirstOrDefault(g => g.Contains(fact))?.Where(f => f != fact).ToList() ?? [];
        foreach (var other in others)
        {
            var time = other.Figure!.TimeOfDay is { } t ? $" ({t})" : "";
            blocks.Add(new Paragraph([new Run($"Another report: {FigureText.Format(other.Figure)}{time}"), .. context.Markers.For(other.Cites)])
            {
                Style = theme.SmallMuted with { Italic = true },
                SpaceBefore = Space.Snug,
                SpaceAfter = 0,
            });
        }

        return new Column([.. blocks]);
    }
}
