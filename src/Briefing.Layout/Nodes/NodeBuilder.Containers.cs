using Briefing.Layout.Blocks;
using Briefing.Layout.Canvas;
using Briefing.Layout.Text;

namespace Briefing.Layout.Nodes;

/// <summary>Tables, boxes and columns.</summary>
internal sealed partial class NodeBuilder
{
    private TableNode BuildTable(Table table, double width, TextStyle style)
    {
        var widths = ColumnWidth.Resolve(table.Columns, width, 0);
        var xs = new double[widths.Length];
        for (var i = 1; i < widths.Length; i++)
        {
            xs[i] = xs[i - 1] + widths[i - 1];
        }

        var geometry = new TableGeometry(xs, widths, table.CellPadding, table.Border);
        var bodyStyle = table.Style.Over(style);
        var header = table.HeaderRows.Select(r => BuildRow(r, geometry, table.HeaderStyle.Over(bodyStyle), table.HeaderBackground, splittable: false)).ToList();
        var rows = table.Rows.Select(r => BuildRow(r, geometry, bodyStyle, null, table.SplitRows && !r.KeepTogether)).ToList();
        return new TableNode(header, rows, new RowBreaks(table.MinRowsBeforeBreak, table.MinRowsAfterBreak));
    }

    private TableRowNode BuildRow(TableRow row, TableGeometry geometry, TextStyle style, Color? defaultBackground, bool splittable)
    {
        var cells = new List<LayoutNode?>();
        var backgrounds = new List<Color?>();
        for (var c = 0; c < geometry.ColumnWidths.Count; c++)
        {
            var cell = c < row.Cells.Count ? row.Cells[c] : null;
            var innerWidth = Math.Max(1, geometry.ColumnWidths[c] - geometry.Padding.Horizontal);
            cells.Add(cell is null ? null : BuildStack(cell.Content, innerWidth, style));
            backgrounds.Add(cell?.Background ?? row.Background ?? defaultBackground);
        }

        return new TableRowNode(cells, backgrounds, geometry, splittable);
    }

    private BoxNode BuildBox(Box box, double width, TextStyle style, int listDepth)
    {
        var content = BuildStack(box.Content, Math.Max(1, width - box.Padding.Horizontal), style, box.Spacing, listDepth);
        return new BoxNode(content, width, box.Padding, box.Background, box.Border);
    }

    private ColumnsNode BuildColumns(Columns columns, double width, TextStyle style, int listDepth)
    {
        var widths = ColumnWidth.Resolve([.. columns.Items.Select(c => c.Width)], width, columns.Gap);
        var result = new List<(double, LayoutNode?)>();
        var x = 0.0;
        for (var i = 0; i < widths.Length; i++)
        {
            result.Add((x, BuildStack(columns.Items[i].Content, Math.Max(1, widths[i]), style, 0, listDepth)));
            x += widths[i] + columns.Gap;
        }

        return new ColumnsNode(result);
    }
}
