using Briefing.Layout.Text;

namespace Briefing.Layout.Nodes;

/// <summary>Lines of a paragraph; splits between lines, keeping at least <c>orphans</c> lines before and <c>widows</c> after a break.</summary>
internal sealed class TextNode : LayoutNode
{
    private readonly IReadOnlyList<TextLine> _lines;
    private readonly int _orphans;
    private readonly int _widows;

    public TextNode(IReadOnlyList<TextLine> lines, int orphans, int widows)
    {
        _lines = lines;
        _orphans = Math.Max(1, orphans);
        _widows = Math.Max(1, widows);
        Height = lines.Sum(l => l.Height);
    }

    public override double Height { get; }

    public override double? FirstBaseline => _lines.Count > 0 ? _lines[0].Ascent : null;

    internal IReadOnlyList<TextLine> Lines => _lines;

    public override NodeSplit Split(double available, bool mustPlace)
    {
        if (Fits(Height, available))
        {
            return NodeSplit.Whole(this);
        }

        var fitting = 0;
        var used = 0.0;
        while (fitting < _lines.Count && Fits(used + _lines[fitting].Height, available))
        {
            used += _lines[fitting].Height;
            fitting++;
        }

        var count = ApplyWidowsAndOrphans(fitting);
        if (count == 0 && mustPlace)
        {
            // An empty page must take something: as many lines as fit, at least one.
            count = Math.Max(1, fitting);
        }

        if (count == 0)
        {
            return NodeSplit.Nothing(this);
        }

        var head = CopyFlowTo(new TextNode([.. _lines.Take(count)], _orphans, _widows), isHead: true);
        var tail = CopyFlowTo(new TextNode([.. _lines.Skip(count)], _orphans, _widows), isHead: false);
        return new NodeSplit(head, tail);
    }

    public override void Draw(DrawContext context, double x, double y)
    {
        foreach (var line in _lines)
        {
            TextLineDrawer.Draw(context, line, x, y);
            y += line.Height;
        }
    }

    private int ApplyWidowsAndOrphans(int fitting)
    {
        var count = Math.Min(fitting, _lines.Count - _widows);
        return count >= _orphans ? count : 0;
    }
}
