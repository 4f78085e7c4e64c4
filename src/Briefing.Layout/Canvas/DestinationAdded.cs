namespace Briefing.Layout.Canvas;

/// <summary>A named position on the page.</summary>
public sealed record DestinationAdded(int Page, string Name, double Y) : CanvasCommand(Page)
{
    public override string Describe() => $"destination '{Name}' y {F(Y)}";
}
