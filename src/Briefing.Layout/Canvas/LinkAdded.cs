namespace Briefing.Layout.Canvas;

/// <summary>A clickable area and where it leads.</summary>
public sealed record LinkAdded(int Page, Rect Area, LinkDestination Destination) : CanvasCommand(Page)
{
    public override string Describe() => $"link {F(Area.X)},{F(Area.Y)} {F(Area.Width)}x{F(Area.Height)} -> {Destination}";
}
