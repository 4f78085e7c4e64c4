namespace Briefing.Layout.Nodes;

/// <summary>Header rows and body rows; every part of a split table starts with the header rows again.</summary>
internal sealed class TableNode : LayoutNode
{
    private readonly IReadOnlyList<TableRowNode> _header;
    private readonly IReadOnlyList<TableRowNode> _rows;

    public TableNode(IReadOnlyList<TableRowNode> header, IReadOnlyList<TableRowNode> rows)
    {
        _header = header;
        _rows = rows;
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

            // A header alone at a page end is useless: an empty page must still take the first row (split if need be).
            var split = row.Split(Math.Max(0, available - y), mustPlace && i == 0);
            if (split.Head is not null)
            {
                return Make([.. _rows.Take(i), (TableRowNode)split.Head], [(TableRowNode)split.Tail!, .. _rows.Skip(i + 1)]);
            }

            return i == 0 ? NodeSplit.Nothing(this) : Make([.. _rows.Take(i)], [.. _rows.Skip(i)]);
        }

        return NodeSplit.Whole(this);
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
        new(CopyFlowTo(new TableNode(_header, headRows), isHead: true), CopyFlowTo(new TableNode(_header, tailRows), isHead: false));
}
