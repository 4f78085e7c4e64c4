namespace Briefing.Layout.Canvas;

/// <summary>A rectangle in points, top-left origin, y down.</summary>
public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public Rect Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}
