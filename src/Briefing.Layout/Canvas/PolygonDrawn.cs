namespace Briefing.Layout.Canvas;

/// <summary>A polygon (closed) or polyline (open).</summary>
public sealed record PolygonDrawn(int Page, IReadOnlyList<Point> Points, bool Closed, Color? Fill, Stroke? Stroke) : CanvasCommand(Page)
{
    public override string Describe() =>
        $"{(Closed ? "polygon" : "polyline")} {string.Join(' ', Points.Select(p => $"{F(p.X)},{F(p.Y)}"))} fill {Fill?.ToString() ?? "-"}";
}
