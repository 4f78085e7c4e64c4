namespace Briefing.Layout.Nodes;

/// <summary>How many whole body rows must stay on each side of a page break.</summary>
internal readonly record struct RowBreaks(int Before, int After);

/// <summary>
/// Header rows and body rows; every part of a split table starts with the header rows again. The parts share
/// the built table's rows (<see cref="NodeRun{T}"/>), so a long table costs no copy of its rest at each page.
/// </summary>
internal sealed class TableNode : LayoutNode
{
    private readonly IReadOnlyList<TableRowNode> _header;
    private readonly NodeRun<TableRowNode> _rows;
    private readonly RowBreaks _breaks;
    private double? _height;

    public TableNode(IReadOnlyList<TableRowNode> header, IReadOnlyList<TableRowNode> rows, RowBreaks breaks)
        : this(header, header.Sum(r => r.Height), new NodeRun<TableRowNode>(rows), breaks)
    {
    }

    private TableNode(IReadOnlyList<TableRowNode> header, double headerHeight, NodeRun<TableRowNode> rows, RowBreaks breaks)
    {
        _header = header;
        _rows = rows;
        _breaks = breaks;
        HeaderHeight = headerHeight;
    }

    // Summed when first asked, row by row in order, so a part's height is the sum it would be if built alone.
    public override double Height => _height ??= HeaderHeight + SumOfRows();

    private double HeaderHeight { get; }

    /// <summary>How many body rows this table or part holds.</summary>
    internal int RowCount => _rows.Count;

    public override NodeSplit Split(double available, bool mustPlace)
    {
        if (FitsBelow(this, 0, available))
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
                return Make(_rows.Before(i, (TableRowNode)split.Head), _rows.From(i + 1, (TableRowNode)split.Tail!));
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

        return at == 0 ? NodeSplit.Nothing(this) : Make(_rows.Before(at, null), _rows.From(at, null));
    }

    public override void Draw(DrawContext context, double x, double y)
    {
        foreach (var row in _header)
        {
            row.Draw(context, x, y);
            y += row.Height;
        }

        for (var i = 0; i < _rows.Count; i++)
        {
            _rows[i].Draw(context, x, y);
            y += _rows[i].Height;
        }
    }

    // Rows summed until the sum passes the limit (a lower bound above it), else the exact height.
    public override double HeightUpTo(double limit)
    {
        if (_height is not null)
        {
            return _height.Value;
        }

        var sum = HeaderHeight;
        for (var i = 0; i < _rows.Count && sum <= limit; i++)
        {
            sum += _rows[i].Height;
        }

        return sum > limit ? sum : Height;
    }

    private double SumOfRows()
    {
        var sum = 0.0;
        for (var i = 0; i < _rows.Count; i++)
        {
            sum += _rows[i].Height;
        }

        return sum;
    }

    private NodeSplit Make(NodeRun<TableRowNode> headRows, NodeRun<TableRowNode> tailRows) =>
        new(CopyFlowTo(new TableNode(_header, HeaderHeight, headRows, _breaks), isHead: true), CopyFlowTo(new TableNode(_header, HeaderHeight, tailRows, _breaks), isHead: false));
}
