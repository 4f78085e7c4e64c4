namespace Briefing.Layout.Canvas;

/// <summary>A position in points; the origin is the page's top-left corner and y grows downwards.</summary>
public readonly record struct Point(double X, double Y)
{
    public Point Offset(double dx, double dy) => new(X + dx, Y + dy);
}
