namespace Briefing.Layout.Nodes;

/// <summary>
/// Nodes one under another with collapsed spacing between them. Splitting finds the first child that does
/// not fit, splits it, and honours keep-with-next by moving the children chained to it along. A stack whose
/// gaps may shrink (<see cref="Blocks.Group.GapShrink"/>) tightens them when that lets all of it that is
/// left fit the page, so it does not end with a few lines overleaf. The parts of a split share the built
/// stack's lists (<see cref="NodeRun{T}"/>): a page break costs the same at the start of a long section as
/// at its end.
/// </summary>
internal sealed class StackNode : LayoutNode
{
    // Below this many children, asking each is cheaper than an index of the page breaks.
    private const int ScanLimit = 16;

    private readonly Shared _shared;
    private readonly NodeRun<LayoutNode> _run;
    private readonly double _lastGap;
    private readonly double _gapScale;
    private readonly double _gapShrink;
    private (double Height, double Gaps)? _measure;
    private bool? _containsPageBreak;

    /// <param name="children">The nodes.</param>
    /// <param name="gaps">Space above each child; the first entry is ignored (a stack starts at its first child).</param>
    /// <param name="gapShrink">How far the gaps may shrink (a fraction of each) for the rest of the stack to fit its last page.</param>
    public StackNode(IReadOnlyList<LayoutNode> children, IReadOnlyList<double> gaps, double gapShrink = 0)
        : this(new Shared(children, gaps), new NodeRun<LayoutNode>(children), 0, 1, gapShrink)
    {
    }

    // lastGap: the space above the run's last node when that is the head of a split child (not in the shared gaps);
    // gapScale: the factor a stack shrunk to fit applies to every gap.
    private StackNode(Shared shared, NodeRun<LayoutNode> run, double lastGap, double gapScale, double gapShrink)
    {
        _shared = shared;
        _run = run;
        _lastGap = lastGap;
        _gapScale = gapScale;
        _gapShrink = gapShrink;
        if (run.Count > 0)
        {
            SpaceBefore = run[0].SpaceBefore;
            SpaceAfter = run[run.Count - 1].SpaceAfter;
        }
    }

    // Measured when first asked, child by child in order, so a part's height is the same sum it would be if built alone.
    public override double Height => Measure().Height;

    public override bool ContainsPageBreak => _containsPageBreak ??= FindPageBreak();

    public override bool KeepWithNext
    {
        get => base.KeepWithNext || (_run.Count > 0 && _run[_run.Count - 1].KeepWithNext);
        set => base.KeepWithNext = value;
    }

    public override double? FirstBaseline => _run.Count > 0 ? _run[0].FirstBaseline : null;

    /// <summary>How many children this stack or part holds.</summary>
    internal int Count => _run.Count;

    /// <summary>Whether two stacks share the list they were split from (for tests: a split copies no list).</summary>
    internal bool SharesChildrenWith(StackNode other) => ReferenceEquals(_shared, other._shared);

    public override NodeSplit Split(double available, bool mustPlace)
    {
        if (!ContainsPageBreak && FitsBelow(this, 0, available))
        {
            return NodeSplit.Whole(this);
        }

        if (Shrunk(available) is { } shrunk)
        {
            return NodeSplit.Whole(shrunk);
        }

        var y = 0.0;
        for (var i = 0; i < _run.Count; i++)
        {
            var child = _run[i];
            var gap = Gap(i);
            if (child is PageBreakNode)
            {
                // A break before anything was placed on the page is dropped, so it never makes a blank page.
                return i == 0 ? SplitAfterLeadingBreak(available, mustPlace) : Make(i, null, i + 1);
            }

            if (!child.ContainsPageBreak && FitsBelow(child, y + gap, available))
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
            while (first > 0 && _run[first - 1].KeepWithNext)
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
        for (var i = 0; i < _run.Count; i++)
        {
            y += Gap(i);
            _run[i].Draw(context, x, y);
            y += _run[i].Height;
        }
    }

    public override double HeightUpTo(double limit) => _measure is null && Exceeds(limit, 1, out var bound) ? bound : Height;

    // Whether children and gaps (times gapFactor), summed only until the sum passes the limit, pass it; the
    // partial sum is then a lower bound. Never when a height or gap is negative: partial sums bound nothing then.
    private bool Exceeds(double limit, double gapFactor, out double bound)
    {
        bound = 0;
        if (_shared.HasNegative)
        {
            return false;
        }

        for (var i = 0; i < _run.Count; i++)
        {
            bound += Gap(i) * gapFactor;
            bound += _run[i].HeightUpTo(limit - bound);
            if (bound > limit)
            {
                return true;
            }
        }

        return false;
    }

    // The space above child i: none above the first; a split child's head keeps the gap it had.
    private double Gap(int i) =>
        i == 0 ? 0 : _run.SharedIndex(i) is { } shared ? _shared.Gaps[shared] * _gapScale : _lastGap;

    private (double Height, double Gaps) Measure()
    {
        if (_measure is { } measured)
        {
            return measured;
        }

        double heights = 0, gaps = 0;
        for (var i = 0; i < _run.Count; i++)
        {
            heights += _run[i].Height;
        }

        for (var i = 1; i < _run.Count; i++)
        {
            gaps += Gap(i);
        }

        _measure = (_run.Count == 0 ? 0 : heights + gaps, gaps);
        return _measure.Value;
    }

    private bool FindPageBreak()
    {
        if (_run.Count > ScanLimit)
        {
            return _run.Any(static c => c.ContainsPageBreak, _shared.NextPageBreak);
        }

        for (var i = 0; i < _run.Count; i++)
        {
            if (_run[i].ContainsPageBreak)
            {
                return true;
            }
        }

        return false;
    }

    // The whole rest of the stack with its gaps shrunk just enough to fit, or null when even the tightest
    // spacing allowed does not fit (the stack then splits with its natural gaps).
    private StackNode? Shrunk(double available)
    {
        // Most of a long section is far from fitting: a partial sum with the gaps at their tightest tells so.
        if (_gapShrink <= 0 || ContainsPageBreak || (_measure is null && Exceeds(available + BoundSlack, 1 - _gapShrink, out _)))
        {
            return null;
        }

        var gaps = Measure().Gaps;
        if (gaps <= 0 || !Fits(Height - (gaps * _gapShrink), available))
        {
            return null;
        }

        var scale = 1 - ((Height - available) / gaps);
        var shrunk = new StackNode(_shared, _run, _lastGap * scale, _gapScale * scale, 0);
        return CopyFlowTo(CopyFlowTo(shrunk, isHead: true), isHead: false);
    }

    // Head: children before headCount plus the split child's head; tail: its tail plus children from tailStart.
    private NodeSplit Make(int headCount, NodeSplit? split, int tailStart)
    {
        var headRun = _run.Before(headCount, split?.Head);
        var headLastGap = split?.Head is null ? _lastGap : Gap(headCount);
        var tailRun = _run.From(tailStart, split?.Tail);
        var headNode = headRun.Count == 0 ? null : CopyFlowTo(new StackNode(_shared, headRun, headLastGap, _gapScale, 0), isHead: true);
        var tailNode = tailRun.Count == 0 ? null : CopyFlowTo(new StackNode(_shared, tailRun, _lastGap, _gapScale, _gapShrink), isHead: false);
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

    /// <summary>The lists a built stack and all its parts share.</summary>
    private sealed class Shared(IReadOnlyList<LayoutNode> children, IReadOnlyList<double> gaps)
    {
        private int[]? _nextPageBreak;
        private bool? _hasNegative;

        public IReadOnlyList<double> Gaps { get; } = gaps;

        /// <summary>Whether some child's height or some gap is negative, so partial sums are no lower bounds.</summary>
        public bool HasNegative => _hasNegative ??= Gaps.Any(g => g < 0) || children.Any(c => c.Height < 0);

        public int[] NextPageBreak => _nextPageBreak ??= NodeRun<LayoutNode>.NextMatch(children, static c => c.ContainsPageBreak);
    }
}
