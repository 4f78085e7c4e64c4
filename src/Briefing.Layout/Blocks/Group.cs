namespace Briefing.Layout.Blocks;

/// <summary>A group of blocks one under another: how components return several blocks as one.</summary>
public sealed record Group : Block
{
    private readonly double _gapShrink;

    public Group(params Block[] content)
    {
        Content = content;
    }

    public Group(IEnumerable<Block> content)
    {
        Content = [.. content];
    }

    public IReadOnlyList<Block> Content { get; init; }

    /// <summary>Minimum space between the blocks, in points.</summary>
    public double Spacing { get; init; }

    /// <summary>
    /// How far the gaps between the group's blocks may shrink, as a fraction of each gap (0 to 1), so that the
    /// group ends on the page it is on rather than leave a few lines overleaf. The gaps shrink only on the page
    /// where the group would otherwise end just short of fitting, and only as much as it needs; other pages keep
    /// their natural spacing. 0 (the default) never shrinks.
    /// </summary>
    public double GapShrink
    {
        get => _gapShrink;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1);
            _gapShrink = value;
        }
    }
}
