using Briefing.Core.Model;
using Briefing.Layout.Blocks;
using Briefing.Layout.Text;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Text;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>
/// Label–value rows ("PARTIES", "SIGNED", "HEADQUARTERS") between two hairlines: the profile's facts at a
/// glance. Rows never split; empty values are left out rather than shown as blanks.
/// </summary>
internal sealed class DetailTable
{
    private readonly BriefingContext _context;
    private readonly List<(string Label, IReadOnlyList<Block> Value)> _rows = [];

    public DetailTable(BriefingContext context)
    {
        _context = context;
    }

    public int Count => _rows.Count;

    public DetailTable Add(string label, params Run[] value) =>
        Add(label, [new Paragraph(value) { Style = _context.Theme.Detail, SpaceAfter = 0 }]);

    public DetailTable Add(string label, IReadOnlyList<Block> value)
    {
        if (value.Count > 0)
        {
            _rows.Add((label, value));
        }

        return this;
    }

    public Group Build()
    {
        var theme = _context.Theme;
        if (_rows.Count == 0)
        {
            return new Group();
        }

        var table = new Table(ColumnWidth.Fixed(theme.LabelColumn), ColumnWidth.Relative())
        {
            Border = null,
            CellPadding = theme.DetailCellPadding,
            Style = theme.Detail,
            SplitRows = false,
            // A few short rows: split, they would leave a label or two stranded at a page end.
            KeepTogether = true,
            SpaceAfter = 0,
            Rows = [.. _rows.Select(r => new TableRow(
                new TableCell(new Paragraph(Labels.Caps(r.Label)) { Style = theme.LabelBeside(theme.Detail), SpaceAfter = 0 }),
                new TableCell([.. r.Value])))],
        };
        return new Group(
            // The opening rule keeps with the table, so a heading above never ends a page with only a rule.
            new HorizontalRule { Stroke = theme.Hairline, SpaceBefore = Space.Small, SpaceAfter = Space.Small, KeepWithNext = true },
            table,
            new HorizontalRule { Stroke = theme.Hairline, SpaceBefore = Space.Small, SpaceAfter = Space.Block });
    }
}
