namespace Briefing.Layout.Blocks;

/// <summary>
/// A piece of document content. Blocks are immutable descriptions; the engine measures, splits and
/// places them. Every block can carry an anchor and pagination hints.
/// </summary>
public abstract record Block
{
    /// <summary>An id links and page references can point to; its page is reported after layout.</summary>
    public string? Anchor { get; init; }

    /// <summary>Never split this block across pages (it moves whole to the next page instead).</summary>
    public bool KeepTogether { get; init; }

    /// <summary>
    /// With <see cref="KeepTogether"/>: the largest share of a page (0 to 1) the block may leave empty by
    /// moving whole. When moving would waste more, it splits instead, its own keep-with-next and widow
    /// rules still holding. The default, 1, always moves.
    /// </summary>
    public double KeepTogetherMaxGap { get; init; } = 1;

    /// <summary>Keep this block on the same page as the start of the next one.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Space above, in points; collapses with the previous block's space below (the larger wins) and vanishes at a page top.</summary>
    public double SpaceBefore { get; init; }

    /// <summary>Space below, in points.</summary>
    public double SpaceAfter { get; init; }
}
