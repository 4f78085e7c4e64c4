namespace Briefing.Layout.Canvas;

/// <summary>An image placed in a rectangle.</summary>
public sealed record ImageDrawn(int Page, ImageData Image, Rect Rect) : CanvasCommand(Page)
{
    public override string Describe() => $"image {Image.Format} {F(Rect.X)},{F(Rect.Y)} {F(Rect.Width)}x{F(Rect.Height)}";
}
