namespace Briefing.Layout.Canvas;

/// <summary>Where a clickable area leads: a web address, or a position in this document.</summary>
public sealed record LinkDestination
{
    private LinkDestination(string? uri, int page, double y, string? anchor)
    {
        Uri = uri;
        Page = page;
        Y = y;
        Anchor = anchor;
    }

    /// <summary>The external address, or null for an internal link.</summary>
    public string? Uri { get; }

    /// <summary>For an internal link: the 1-based page the anchor landed on.</summary>
    public int Page { get; }

    /// <summary>For an internal link: the anchor's top on that page, in points from the top.</summary>
    public double Y { get; }

    /// <summary>For an internal link: the anchor id.</summary>
    public string? Anchor { get; }

    public bool IsExternal => Uri is not null;

    public static LinkDestination External(string uri) => new(uri, 0, 0, null);

    public static LinkDestination Internal(string anchor, int page, double y) => new(null, page, y, anchor);

    public override string ToString() => IsExternal ? Uri! : $"#{Anchor} (page {Page}, y {Y:0.##})";
}
