namespace Briefing.Layout.Canvas;

/// <summary>A new page of the given size.</summary>
public sealed record PageStarted(int Page, double Width, double Height) : CanvasCommand(Page)
{
    public override string Describe() => $"page {Page} {F(Width)}x{F(Height)}";
}
