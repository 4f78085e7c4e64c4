namespace Briefing.Layout.Nodes;

/// <summary>How many whole body rows must stay on each side of a page break.</summary>
internal readonly record struct RowBreaks(int Before, int After);

/// <summary>Header rows and body rows; every part of a split table starts with the header rows again.</summary>
internal sealed class TableNode : LayoutNode
{
    private readonly IReadOnlyList<TableRowNode> _header;
    private readonly IReadOnlyList<TableRowNode> _rows;
    private readonly RowBreaks _breaks;

    public TableNode(IReadOnlyList<TableRowNode> header, IReadOnlyList<TableRowNode> rows, RowBreaks breaks)
    {
        _header = header;
        _rows = rows;
        _breaks = breaks;
        HeaderHeight = header.Sum(r => r.Height);
        Height = HeaderHeight + rows.Sum(r => r.Height);
    }

    public override double Height { get; }

    private double HeaderHeight { get; }

    public override NodeSplit Split(double available, bool mustPlace)
    {
        if (Fits(Height, available))
        {
            return NodeSplit.Whole(this);
        }

        var y = HeaderHeight;
        for (var i = 0; i < _rows.Count; i++)
        {
            var row = _rows[i];
            if (Fits(y + row.Height, available))
            {
                y += row.Height;
                continue;
            }

            // Splitting this row leaves i rows and a part here and the rest overleaf; when that is fewer than the
            // table's orphans or widows, break between rows instead (rows move, or the whole table).
            if (!mustPlace && (i + 1 < _breaks.Before || _rows.Count - i < _breaks.After))
            {
                return BreakBefore(i, mustPlace);
            }

            // A header alone at a page end is useless: an empty page must still take the first row (split if need be).
            var split = row.Split(Math.Max(0, available - y), mustPlace && i == 0);
            if (split.Head is not null)
            {
                return Make([.. _rows.Take(i), (TableRowNode)split.Head], [(TableRowNode)split.Tail!, .. _rows.Skip(i + 1)]);
            }

            return BreakBefore(i, mustPlace);
        }

        return NodeSplit.Whole(this);
    }

    // Breaking before row `fitting` leaves that many rows here; honour orphans and widows by moving
    // rows to the next page, or the whole table when too few would stay. A page that must place
    // something still takes what fits: a rule about looks never loses content.
    private NodeSplit BreakBefore(int fitting, bool mustPlace)
    {
        var at = Math.Min(fitting, _rows.Count - Math.Max(1, _breaks.After));
        if (at < Math.Max(1, _breaks.Before))
        {
            at = mustPlace ? fitting : 0;
        }

        return at == 0 ? NodeSplit.Nothing(this) : Make([.. _rows.Take(at)], [.. _rows.Skip(at)]);
    }

    public override void Draw(DrawContext context, double x, double y)
    {
        foreach (var row in _header.Concat(_rows))
        {
            row.Draw(context, x, y);
            y += row.Height;
        }
    }

    private NodeSplit Make(List<TableRowNode> headRows, List<TableRowNode> tailRows) =>
        new(CopyFlowTo(new TableNode(_header, headRows, _breaks), isHead: true), CopyFlowTo(new TableNode(_header, tailRows, _breaks), isHead: false));
}
