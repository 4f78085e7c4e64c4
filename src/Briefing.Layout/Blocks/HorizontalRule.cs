using Briefing.Layout.Canvas;

namespace Briefing.Layout.Blocks;

/// <summary>A horizontal line across the available width.</summary>
public sealed record HorizontalRule : Block
{
    public HorizontalRule()
    {
        SpaceBefore = 6;
        SpaceAfter = 6;
    }

    public Stroke Stroke { get; init; } = new(Color.Gray, 0.5);
}
