namespace Briefing.Layout.Nodes;

/// <summary>Where a heading was drawn: feeds the outline (bookmarks) and running-header section titles.</summary>
internal sealed record HeadingMark(string Title, int Level, bool IsSection, bool InOutline, string? Anchor)
{
    public int Page { get; init; }

    public double Y { get; init; }
}
