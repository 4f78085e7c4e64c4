using Briefing.Layout.Canvas;

namespace Briefing.Layout.Nodes;

/// <summary>Content with padding, background and border; each part of a split box is a complete box.</summary>
internal sealed class BoxNode : LayoutNode
{
    private readonly LayoutNode _content;
    private readonly double _width;
    private readonly Insets _padding;
    private readonly Color? _background;
    private readonly Stroke? _border;

    public BoxNode(LayoutNode content, double width, Insets padding, Color? background, Stroke? border)
    {
        _content = content;
        _width = width;
        _padding = padding;
        _background = background;
        _border = border;
        Height = content.Height + padding.Vertical;
    }

    public override double Height { get; }

    public override bool ContainsPageBreak => _content.ContainsPageBreak;

    public override double? FirstBaseline => _content.FirstBaseline + _padding.Top;

    public override NodeSplit Split(double available, bool mustPlace)
    {
        if (Fits(Height, available) && !ContainsPageBreak)
        {
            return NodeSplit.Whole(this);
        }

        var split = _content.Split(Math.Max(0, available - _padding.Vertical), mustPlace);
        if (split.Head is null)
        {
            return NodeSplit.Nothing(this);
        }

        var head = CopyFlowTo(With(split.Head), isHead: true);
        var tail = split.Tail is null ? null : CopyFlowTo(With(split.Tail), isHead: false);
        return new NodeSplit(head, tail);
    }

    public override void Draw(DrawContext context, double x, double y)
    {
        if (_background is not null || _border is not null)
        {
            context.Rectangle(new Rect(x, y, _width, Height), _background, _border);
        }

        _content.Draw(context, x + _padding.Left, y + _padding.Top);
    }

    private BoxNode With(LayoutNode content) => new(content, _width, _padding, _background, _border);
}
