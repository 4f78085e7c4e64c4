namespace Briefing.Layout.Nodes;

/// <summary>
/// Something that cannot be split (image, drawing, rule, spacer): it fits, moves to the next page, or on
/// an empty page is placed anyway and overflows (reported by the paginator).
/// </summary>
internal sealed class AtomNode : LayoutNode
{
    private readonly Action<DrawContext, double, double> _draw;

    public AtomNode(double height, Action<DrawContext, double, double> draw, bool vanishesAtPageEnd = false)
    {
        Height = height;
        _draw = draw;
        VanishesAtPageEnd = vanishesAtPageEnd;
    }

    public override double Height { get; }

    /// <summary>Spacers: when they do not fit, they are dropped rather than carried to the next page.</summary>
    public bool VanishesAtPageEnd { get; }

    public override NodeSplit Split(double available, bool mustPlace)
    {
        if (Fits(Height, available) || mustPlace)
        {
            return NodeSplit.Whole(this);
        }

        return VanishesAtPageEnd ? new NodeSplit(new AtomNode(0, static (_, _, _) => { }), null) : NodeSplit.Nothing(this);
    }

    public override void Draw(DrawContext context, double x, double y) => _draw(context, x, y);
}
