namespace Briefing.Layout.Nodes;

/// <summary>Records an anchor and/or a heading where its content is drawn; only the first part of a split keeps the marks.</summary>
internal sealed class MarkedNode : LayoutNode
{
    private readonly LayoutNode _inner;
    private readonly string? _anchor;
    private readonly HeadingMark? _heading;

    public MarkedNode(LayoutNode inner, string? anchor, HeadingMark? heading)
    {
        _inner = inner;
        _anchor = anchor;
        _heading = heading;
        SpaceBefore = inner.SpaceBefore;
        SpaceAfter = inner.SpaceAfter;
    }

    public override double Height => _inner.Height;

    public override double HeightUpTo(double limit) => _inner.HeightUpTo(limit);

    public override bool ContainsPageBreak => _inner.ContainsPageBreak;

    public override bool KeepWithNext
    {
        get => base.KeepWithNext || _inner.KeepWithNext;
        set => base.KeepWithNext = value;
    }

    public override double? FirstBaseline => _inner.FirstBaseline;

    public override NodeSplit Split(double available, bool mustPlace)
    {
        if (!ContainsPageBreak && FitsBelow(this, 0, available))
        {
            return NodeSplit.Whole(this);
        }

        var split = _inner.Split(available, mustPlace);
        if (split.Head is null)
        {
            return NodeSplit.Nothing(this);
        }

        var head = ReferenceEquals(split.Head, _inner) ? this : CopyFlowTo(new MarkedNode(split.Head, _anchor, _heading), isHead: true);
        return new NodeSplit(head, split.Tail);
    }

    public override void Draw(DrawContext context, double x, double y)
    {
        if (_anchor is not null)
        {
            context.Anchor(_anchor, y);
        }

        if (_heading is not null)
        {
            context.Heading(_heading, y);
        }

        _inner.Draw(context, x, y);
    }
}
