namespace Briefing.Layout.Nodes;

/// <summary>
/// Moves its content whole to the next page rather than splitting it, unless the page is empty or
/// moving would leave more than <c>maxGap</c> points of the page blank.
/// </summary>
internal sealed class KeepTogetherNode : LayoutNode
{
    private readonly LayoutNode _inner;
    private readonly double _maxGap;

    public KeepTogetherNode(LayoutNode inner, double maxGap = double.PositiveInfinity)
    {
        _inner = inner;
        _maxGap = maxGap;
        SpaceBefore = inner.SpaceBefore;
        SpaceAfter = inner.SpaceAfter;
    }

    public override double Height => _inner.Height;

    public override double HeightUpTo(double limit) => _inner.HeightUpTo(limit);

    public override bool KeepWithNext
    {
        get => base.KeepWithNext || _inner.KeepWithNext;
        set => base.KeepWithNext = value;
    }

    public override double? FirstBaseline => _inner.FirstBaseline;

    public override NodeSplit Split(double available, bool mustPlace)
    {
        if (FitsBelow(this, 0, available))
        {
            return NodeSplit.Whole(this);
        }

        if (mustPlace)
        {
            return _inner.Split(available, mustPlace: true);
        }

        return available > _maxGap ? _inner.Split(available, mustPlace: false) : NodeSplit.Nothing(this);
    }

    public override void Draw(DrawContext context, double x, double y) => _inner.Draw(context, x, y);
}
