using Briefing.Core.Model;
using Briefing.Core.Reports;
using Briefing.Layout.Blocks;
using Briefing.Layout.Text;
using Briefing.Pdf.Composition;

namespace Briefing.Pdf.Components;

/// <summary>
/// "All figures", closing the key figures section: every figure of the briefing in one table, by subject,
/// then measure and date — what it measures, the value as printed with its hedge, when it holds, and the
/// source and paragraph that print it. Figures no profile lists (an exchange rate, a market-wide share) are found here too, and
/// each row carries its fact's anchor.
/// </summary>
internal static class AllFigures
{
    private static readonly string[] Columns = ["Subject", "Measure", "Figure", "When", "Printed in"];

    public static IReadOnlyList<Block> Create(BriefingContext context)
    {
        var facts = context.Model.Figures
            .OrderBy(f => Subjects.Of(context, f.Figure!) ?? "", StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.Figure!.Metric, StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.Figure!.Segment ?? "", StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.Figure!.Period?.Start ?? f.Figure!.AsOf)
            .ThenBy(f => TimeOfDayOrder.Rank(f.Figure!.TimeOfDay))
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        if (facts.Count == 0)
        {
            return [];
        }

        return
        [
            SectionOpening.Subheading(context, "All figures", Anchors.Subsection(SectionKind.KeyFigures, "all-figures")),
            SectionOpening.SubsectionIntro(context, "Every figure in this briefing, by subject, as the sources give it, with the paragraph (¶) that prints it; a subject links to its profile."),
            Table(context, facts),
        ];
    }

    private static Table Table(BriefingContext context, IReadOnlyList<Fact> facts)
    {
        var theme = context.Theme;
        var header = new TableRow([.. Columns.Select(h => new TableCell(new Paragraph(Labels.Caps(h)) { Style = theme.Label, SpaceAfter = 0 }))]);
        return new Table(ColumnWidth.Relative(1.2), ColumnWidth.Relative(1.4), ColumnWidth.Relative(1.3), ColumnWidth.Relative(1.0), ColumnWidth.Relative(0.85))
        {
            HeaderRows = [header],
            Rows = [.. facts.Select(f => Row(context, f))],
            Border = theme.Hairline,
            HeaderBackground = theme.Tint,
            CellPadding = theme.CompactCellPadding,
            Style = theme.Small,
            HeaderStyle = TextStyle.Inherit,
            SplitRows = false,
            // A long reference table runs on with its header repeated, but never leaves a stub of a few rows
            // at a page's foot or carries one over: it fills the page its heading is on rather than leave it empty.
            MinRowsBeforeBreak = theme.TableRowsAtBreak,
            MinRowsAfterBreak = theme.TableRowsAtBreak,
            SpaceAfter = Theming.PdfTheme.Space.Block,
        };
    }

    private static TableRow Row(BriefingContext context, Fact fact)
    {
        var theme = context.Theme;
        var figure = fact.Figure!;
        var measure = new List<Block> { new Paragraph(Labels.Capitalise(figure.Metric)) { SpaceAfter = 0 } };
        if (!string.IsNullOrWhiteSpace(figure.Segment))
        {
            measure.Add(new Paragraph(figure.Segment) { Style = theme.MutedText, SpaceAfter = 0 });
        }

        var when = FigureText.When(figure);
        return new TableRow(
            new TableCell(new Paragraph(SubjectRun(context, figure)) { Anchor = context.FactAnchors.ClaimRow(fact.Id), SpaceAfter = 0 }),
            new TableCell([.. measure]),
            new TableCell(new Paragraph(Run.Bold(FigureText.Format(figure))) { SpaceAfter = 0 }),
            new TableCell(when.Length > 0
                ? new Paragraph(when) { SpaceAfter = 0 }
                : new Paragraph("Not stated") { Style = theme.FaintText, SpaceAfter = 0 }),
            new TableCell(new Paragraph([.. context.Markers.Located(fact.Cites, theme.MutedText)]) { SpaceAfter = 0 }))
        {
            KeepTogether = true,
        };
    }

    // A company links to its profile when the briefing has one; a market is plain text.
    private static Run SubjectRun(BriefingContext context, Figure figure) =>
        figure.SubjectId is { } id ? Subjects.CompanyLink(context, id) : new Run(figure.Market ?? "");
}
