namespace Briefing.Core.Charts;

/// <summary>A rectangle in chart units, y growing downwards (as in SVG and as a PDF canvas would flip).</summary>
public readonly record struct ChartRect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
}
