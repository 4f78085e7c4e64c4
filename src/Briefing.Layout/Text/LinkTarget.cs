namespace Briefing.Layout.Text;

/// <summary>Where a run links to: an external address or an anchor in this document.</summary>
public sealed record LinkTarget
{
    private LinkTarget(string? uri, string? anchor)
    {
        Uri = uri;
        Anchor = anchor;
    }

    public string? Uri { get; }

    public string? Anchor { get; }

    /// <summary>A link to a web address (or any URI a PDF viewer opens).</summary>
    public static LinkTarget ToUri(string uri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uri);
        return new LinkTarget(uri, null);
    }

    /// <summary>A link to the block carrying <paramref name="anchor"/> (see <see cref="Blocks.Block.Anchor"/>).</summary>
    public static LinkTarget ToAnchor(string anchor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(anchor);
        return new LinkTarget(null, anchor);
    }
}
