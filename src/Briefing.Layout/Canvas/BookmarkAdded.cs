namespace Briefing.Layout.Canvas;

/// <summary>An outline (bookmark) entry.</summary>
public sealed record BookmarkAdded(int Page, string Title, int Level, double Y) : CanvasCommand(Page)
{
    public override string Describe() => $"bookmark {Level} '{Title}' y {F(Y)}";
}
