namespace Briefing.Layout.Canvas;

/// <summary>A straight line.</summary>
public sealed record LineDrawn(int Page, Point From, Point To, Stroke Stroke) : CanvasCommand(Page)
{
    public override string Describe() => $"line {F(From.X)},{F(From.Y)} {F(To.X)},{F(To.Y)} {Stroke.Color} {F(Stroke.Width)}";
}
