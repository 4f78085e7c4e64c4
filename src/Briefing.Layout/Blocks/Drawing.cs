namespace Briefing.Layout.Blocks;

/// <summary>
/// Vector graphics drawn by a callback in a box of known size (charts, diagrams). The callback gets a
/// <see cref="DrawingContext"/> whose origin is the box's top-left corner.
/// </summary>
public sealed record Drawing : Block
{
    public Drawing(double height, Action<DrawingContext> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        Height = height;
        Draw = draw;
        SpaceAfter = 6;
    }

    public double Height { get; init; }

    /// <summary>Null takes the full available width.</summary>
    public double? Width { get; init; }

    public Action<DrawingContext> Draw { get; init; }
}
