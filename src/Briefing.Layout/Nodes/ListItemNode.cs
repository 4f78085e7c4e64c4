using Briefing.Layout.Text;

namespace Briefing.Layout.Nodes;

/// <summary>A list item: the marker in the indent column, on the baseline of the content's first line.</summary>
internal sealed class ListItemNode : LayoutNode
{
    private readonly TextLine? _marker;
    private readonly LayoutNode _content;
    private readonly double _indent;

    public ListItemNode(TextLine? marker, LayoutNode content, double indent)
    {
        _marker = marker;
        _content = content;
        _indent = indent;
        Height = Math.Max(content.Height, marker?.Height ?? 0);
    }

    public override double Height { get; }

    public override double? FirstBaseline => _content.FirstBaseline ?? _marker?.Ascent;

    public override NodeSplit Split(double available, bool mustPlace)
    {
        if (Fits(Height, available))
        {
            return NodeSplit.Whole(this);
        }

        var split = _content.Split(available, mustPlace);
        if (split.Head is null)
        {
            return NodeSplit.Nothing(this);
        }

        var head = CopyFlowTo(new ListItemNode(_marker, split.Head, _indent), isHead: true);
        var tail = split.Tail is null ? null : CopyFlowTo(new ListItemNode(null, split.Tail, _indent), isHead: false);
        return new NodeSplit(head, tail);
    }

    public override void Draw(DrawContext context, double x, double y)
    {
        if (_marker is not null)
        {
            // The marker line is right-aligned in the indent column (a small gap before the text).
            var baseline = _content.FirstBaseline ?? _marker.Ascent;
            TextLineDrawer.Draw(context, _marker, x, y + baseline - _marker.Ascent);
        }

        _content.Draw(context, x + _indent, y);
    }
}
