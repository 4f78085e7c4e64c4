using Briefing.Layout.Canvas;

namespace Briefing.Layout.Blocks;

/// <summary>
/// A container with background, border and padding around other blocks. When split across pages each
/// part gets its own background, border and padding.
/// </summary>
public sealed record Box : Block
{
    public Box(params Block[] content)
    {
        Content = content;
        SpaceAfter = 8;
    }

    public IReadOnlyList<Block> Content { get; init; }

    public Color? Background { get; init; }

    public Stroke? Border { get; init; }

    public Insets Padding { get; init; } = new(6);

    /// <summary>Space between the contained blocks, in points (block spacing still applies when larger).</summary>
    public double Spacing { get; init; }
}
