namespace Briefing.Layout.Nodes;

/// <summary>Columns side by side; a split splits every column at the same height.</summary>
internal sealed class ColumnsNode : LayoutNode
{
    private readonly IReadOnlyList<(double X, LayoutNode? Content)> _columns;

    public ColumnsNode(IReadOnlyList<(double X, LayoutNode? Content)> columns)
    {
        _columns = columns;
        Height = columns.Select(c => c.Content?.Height ?? 0).DefaultIfEmpty(0).Max();
    }

    public override double Height { get; }

    public override NodeSplit Split(double available, bool mustPlace)
    {
        if (Fits(Height, available))
        {
            return NodeSplit.Whole(this);
        }

        var heads = new List<(double, LayoutNode?)>();
        var tails = new List<(double, LayoutNode?)>();
        var placedAny = false;
        foreach (var (x, content) in _columns)
        {
            var split = content is null ? default : content.Split(available, mustPlace);
            if (content is not null && split.Head is null && content.Height > 0 && !mustPlace)
            {
                // A column that cannot start here would leave a hole: move the whole row of columns.
                return NodeSplit.Nothing(this);
            }

            placedAny |= split.Head is not null;
            heads.Add((x, split.Head));
            tails.Add((x, split.Tail));
        }

        if (!placedAny)
        {
            return NodeSplit.Nothing(this);
        }

        var tail = tails.Any(t => t.Item2 is not null) ? CopyFlowTo(new ColumnsNode(tails), isHead: false) : null;
        return new NodeSplit(CopyFlowTo(new ColumnsNode(heads), isHead: true), tail);
    }

    public override void Draw(DrawContext context, double x, double y)
    {
        foreach (var (offset, content) in _columns)
        {
            content?.Draw(context, x + offset, y);
        }
    }
}
