using Briefing.Core.Model;
using Briefing.Core.Reports;
using Briefing.Layout.Blocks;
using Briefing.Layout.Text;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Text;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>
/// Reports that differ, side by side and never merged: one table per metric and date, a row per subject,
/// a column per time of day, each figure with the kind of source that gives it and its marker.
/// </summary>
internal static class SideBySideReports
{
    private const string TimeNotStated = "Time not stated";

    public static IReadOnlyList<Block> Create(BriefingContext context, IReadOnlyList<IReadOnlyList<Fact>> groups)
    {
        var blocks = new List<Block>();
        foreach (var cluster in groups.GroupBy(g => ClusterKey(g[0].Figure!), StringComparer.Ordinal))
        {
            var rows = cluster.ToList();
            var times = rows.SelectMany(g => g).Select(f => TimeOf(f.Figure!))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderBy(TimeOfDayOrder.Rank).ThenBy(t => t, StringComparer.Ordinal)
                .ToList();
            blocks.Add(Caption(context, rows[0][0].Figure!));
            blocks.Add(TableOf(context, rows, times));
        }

        return blocks;
    }

    private static Paragraph Caption(BriefingContext context, Figure figure)
    {
        var date = DateOf(figure);
        return new Paragraph(
            Run.Bold(Labels.Capitalise(figure.Metric)),
            new Run(date is null ? "" : $", {date}"),
            new Run(" — as each report gives it; the figures are not combined.", context.Theme.MutedText))
        {
            Style = context.Theme.Small,
            KeepWithNext = true,
            SpaceAfter = Space.Small,
        };
    }

    private static Table TableOf(BriefingContext context, List<IReadOnlyList<Fact>> rows, IReadOnlyList<string> times)
    {
        var theme = context.Theme;
        var header = new TableRow([new TableCell(new Paragraph("") { SpaceAfter = 0 }), .. times.Select(t => new TableCell(new Paragraph(Labels.Caps(t)) { Style = theme.Label, SpaceAfter = 0 }))]);
        var body = rows.Select(group => new TableRow(
            [
                new TableCell(new Paragraph(Subjects.WithSegment(context, group[0].Figure!)) { Style = SubjectStyle(context), SpaceAfter = 0 }),
                .. times.Select(time => Cell(context, group.Where(f => string.Equals(TimeOf(f.Figure!), time, StringComparison.OrdinalIgnoreCase)).ToList())),
            ])
        {
            KeepTogether = true,
        });
        return new Table([ColumnWidth.Relative(1.3), .. times.Select(_ => ColumnWidth.Relative(1))])
        {
            HeaderRows = [header],
            Rows = [.. body],
            Border = theme.Hairline,
            HeaderBackground = theme.Tint,
            CellPadding = theme.TableCellPadding,
            Style = theme.Small,
            HeaderStyle = TextStyle.Inherit,
            SpaceAfter = Space.Block,
            KeepTogether = rows.Count <= 6,
        };
    }

    private static TableCell Cell(BriefingContext context, List<Fact> facts)
    {
        if (facts.Count == 0)
        {
            return new TableCell(new Paragraph("—") { Style = context.Theme.FaintText, SpaceAfter = 0 });
        }

        var blocks = new List<Block>();
        foreach (var fact in facts)
        {
            var sources = fact.Cites.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Select(id => Labels.Of(context.Model.Source(id).Kind));
            blocks.Add(new Paragraph([Run.Bold(FigureText.Format(fact.Figure!)), .. context.Markers.For(fact.Cites)])
            {
                Anchor = context.FactAnchors.Claim(fact.Id),
                Style = context.Theme.TableFigure,
                SpaceAfter = 0,
            });
            blocks.Add(new Paragraph(string.Join(", ", sources)) { Style = context.Theme.MutedText, SpaceAfter = Space.Tight });
        }

        return new TableCell([.. blocks]);
    }

    // The subject sits level with the figures beside it, which are set larger.
    private static TextStyle SubjectStyle(BriefingContext context)
    {
        var theme = context.Theme;
        var subject = theme.Small with { Bold = true };
        return subject with { LineHeight = Theming.PdfTheme.AlignedLineHeight(subject, theme.TableFigure) };
    }

    // Groups of one metric on one date share a table: the rows are what differs (subject, segment).
    private static string ClusterKey(Figure figure) =>
        string.Join("\u001f", figure.Metric.Trim().ToLowerInvariant(), figure.Unit, DateOf(figure) ?? "");

    private static string? DateOf(Figure figure) => figure.Period?.ToDisplay() ?? figure.AsOf?.ToDisplay();

    private static string TimeOf(Figure figure) =>
        string.IsNullOrWhiteSpace(figure.TimeOfDay) ? TimeNotStated : Labels.Capitalise(figure.TimeOfDay.Trim());
}
