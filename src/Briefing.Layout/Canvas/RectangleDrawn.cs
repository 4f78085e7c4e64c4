namespace Briefing.Layout.Canvas;

/// <summary>A filled and/or stroked rectangle.</summary>
public sealed record RectangleDrawn(int Page, Rect Rect, Color? Fill, Stroke? Stroke) : CanvasCommand(Page)
{
    public override string Describe() =>
        $"rect {F(Rect.X)},{F(Rect.Y)} {F(Rect.Width)}x{F(Rect.Height)} fill {Fill?.ToString() ?? "-"} stroke {Stroke?.Color.ToString() ?? "-"}";
}
