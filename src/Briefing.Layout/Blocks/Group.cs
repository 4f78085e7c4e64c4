namespace Briefing.Layout.Blocks;

/// <summary>A group of blocks one under another: how components return several blocks as one.</summary>
public sealed record Group : Block
{
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
}
