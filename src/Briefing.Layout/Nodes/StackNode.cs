namespace Briefing.Layout.Nodes;

/// <summary>
/// Nodes one under another with collapsed spacing between them. Splitting finds the first child that does
/// not fit, splits it, and honours keep-with-next by moving the children chained to it along. A stack whose
/// gaps may shrink (<see cref="Blocks.Group.GapShrink"/>) tightens them when that lets all of it that is
/// left fit the page, so it does not end with a few lines overleaf.
/// </summary>
internal sealed class StackNode : LayoutNode
{
    private readonly IReadOnlyList<LayoutNode> _children;
    private readonly IReadOnlyList<double> _gaps;
    private readonly double _gapShrink;

    /// <param name="children">The nodes.</param>
    /// <param name="gaps">Space above each child; the first entry is ignored (a stack starts at its first child).</param>
    /// <param name="gapShrink">How far the gaps may shrink (a fraction of each) for the rest of the stack to fit its last page.</param>
    public StackNode(IReadOnlyList<LayoutNode> children, IReadOnlyList<double> gaps, double gapShrink = 0)
    {
        _children = children;
        _gaps = gaps;
        _gapShrink = gapShrink;
        Height = children.Count == 0 ? 0 : children.Sum(c => c.Height) + gaps.Skip(1).Sum();
        ContainsPageBreak = children.Any(c => c.ContainsPageBreak);
        if (children.Count > 0)
        {
            SpaceBefore = children[0].SpaceBefore;
            SpaceAfter = children[^1].SpaceAfter;
        }
    }

    public override double Height { get; }

    public override bool ContainsPageBreak { get; }

    public override bool KeepWithNext
    {
        get => base.KeepWithNext || (_children.Count > 0 && _children[^1].KeepWithNext);
        set => base.KeepWithNext = value;
    }

    public override double? FirstBaseline => _children.Count > 0 ? _children[0].FirstBaseline : null;

    internal IReadOnlyList<LayoutNode> Children => _children;

    public override NodeSplit Split(double available, bool mustPlace)
    {
        if (Fits(Height, available) && !ContainsPageBreak)
        {
            return NodeSplit.Whole(this);
        }

        if (Shrunk(available) is { } shrunk)
        {
            return NodeSplit.Whole(shrunk);
        }

        var y = 0.0;
        for (var i = 0; i < _children.Count; i++)
        {
            var child = _children[i];
            var gap = i == 0 ? 0 : _gaps[i];
            if (child is PageBreakNode)
            {
                // A break before anything was placed on the page is dropped, so it never makes a blank page.
                return i == 0 ? SplitAfterLeadingBreak(available, mustPlace) : Make(i, null, i + 1);
            }

            if (Fits(y + gap + child.Height, available) && !child.ContainsPageBreak)
            {
                y += gap + child.Height;
                continue;
            }

            var split = child.Split(Math.Max(0, available - y - gap), mustPlace && i == 0);
            if (split.Head is not null)
            {
                return Make(i, split, i + 1);
            }

            // Nothing of this child fits: it moves on, and so do the children kept with it.
            var first = i;
            while (first > 0 && _children[first - 1].KeepWithNext)
            {
                first--;
            }

            if (first == 0)
            {
                return mustPlace && i > 0 ? Make(i, null, i) : NodeSplit.Nothing(this);
            }

            return Make(first, null, first);
        }

        return NodeSplit.Whole(this);
    }

    public override void Draw(DrawContext context, double x, double y)
    {
        for (var i = 0; i < _children.Count; i++)
        {
            y += i == 0 ? 0 : _gaps[i];
            _children[i].Draw(context, x, y);
            y += _children[i].Height;
        }
    }

    // The whole rest of the stack with its gaps shrunk just enough to fit, or null when even the tightest
    // spacing allowed does not fit (the stack then splits with its natural gaps).
    private StackNode? Shrunk(double available)
    {
        var gaps = _gaps.Skip(1).Sum();
        if (_gapShrink <= 0 || gaps <= 0 || ContainsPageBreak || !Fits(Height - (gaps * _gapShrink), available))
        {
            return null;
        }

        var scale = 1 - ((Height - available) / gaps);
        return CopyFlowTo(CopyFlowTo(new StackNode(_children, [.. _gaps.Select(g => g * scale)]), isHead: true), isHead: false);
    }

    // Head: children before headCount plus the split child's head; tail: its tail plus children from tailStart.
    private NodeSplit Make(int headCount, NodeSplit? split, int tailStart)
    {
        var head = _children.Take(headCount).ToList();
        var headGaps = _gaps.Take(headCount).ToList();
        if (split?.Head is { } h)
        {
            head.Add(h);
            headGaps.Add(headCount == 0 ? 0 : _gaps[headCount]);
        }

        var tail = new List<LayoutNode>();
        var tailGaps = new List<double>();
        if (split?.Tail is { } t)
        {
            tail.Add(t);
            tailGaps.Add(0);
        }

        for (var i = tailStart; i < _children.Count; i++)
        {
            tail.Add(_children[i]);
            tailGaps.Add(tail.Count == 1 ? 0 : _gaps[i]);
        }

        var headNode = head.Count == 0 ? null : CopyFlowTo(new StackNode(head, headGaps), isHead: true);
        var tailNode = tail.Count == 0 ? null : CopyFlowTo(new StackNode(tail, tailGaps, _gapShrink), isHead: false);
        return new NodeSplit(headNode, tailNode);
    }

    // A break before anything else in the stack: at the top of a page it is dropped (no blank pages);
    // further down it sends the whole stack to the next page, where it is then at the top.
    private NodeSplit SplitAfterLeadingBreak(double available, bool mustPlace)
    {
        if (!mustPlace)
        {
            return NodeSplit.Nothing(this);
        }

        var rest = Make(0, null, 1).Tail;
        return rest is null ? NodeSplit.Whole(new StackNode([], [])) : rest.Split(available, mustPlace: true);
    }
}
