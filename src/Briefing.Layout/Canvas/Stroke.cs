namespace Briefing.Layout.Canvas;

/// <summary>How a line is drawn: colour, width in points, and an optional dash pattern (lengths in points).</summary>
public sealed record Stroke(Color Color, double Width = 0.5, IReadOnlyList<double>? Dash = null);
