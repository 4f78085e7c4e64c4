namespace Briefing.Layout.Nodes;

/// <summary>A forced page end; <see cref="StackNode"/> acts on it.</summary>
internal sealed class PageBreakNode : LayoutNode
{
    public override double Height => 0;

    public override bool ContainsPageBreak => true;

    public override NodeSplit Split(double available, bool mustPlace) => NodeSplit.Whole(this);

    public override void Draw(DrawContext context, double x, double y)
    {
    }
}
