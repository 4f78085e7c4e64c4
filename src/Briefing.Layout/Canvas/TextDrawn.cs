namespace Briefing.Layout.Canvas;

/// <summary>Text drawn with its baseline starting at (X, Y).</summary>
public sealed record TextDrawn(int Page, string Text, string Font, double Size, Color Color, double X, double Y) : CanvasCommand(Page)
{
    /// <summary>The advance width of the text, measured with the face it was drawn in.</summary>
    public double Width { get; init; }

    public override string Describe() => $"text {F(X)},{F(Y)} w{F(Width)} '{Text}' {Font} {F(Size)} {Color}";
}
