namespace Briefing.Layout.Nodes;

/// <summary>Everything one layout pass produced: pages, where anchors and headings landed, and warnings.</summary>
internal sealed class LayoutPassRecord
{
    public LayoutPassRecord(WarningCollector warnings)
    {
        Warnings = warnings;
    }

    public List<PageRecord> Pages { get; } = [];

    /// <summary>The page drawing goes to: the newest while paginating, then each page in turn for headers and footers.</summary>
    public PageRecord CurrentPage { get; set; } = null!;

    /// <summary>True once anything asked for a page number (page references, dynamic blocks): then another pass must confirm them.</summary>
    public bool UsesPageNumbers { get; set; }

    /// <summary>Anchor id → (1-based page, y from the page top), first occurrence wins.</summary>
    public Dictionary<string, (int Page, double Y)> Anchors { get; } = new(StringComparer.Ordinal);

    public List<HeadingMark> Headings { get; } = [];

    /// <summary>Anchors that links or page references point to, to report the ones that do not exist.</summary>
    public SortedSet<string> ReferencedAnchors { get; } = new(StringComparer.Ordinal);

    public WarningCollector Warnings { get; }

    public PageRecord StartPage(double width, double height)
    {
        var page = new PageRecord(Pages.Count + 1, width, height);
        Pages.Add(page);
        CurrentPage = page;
        return page;
    }
}
