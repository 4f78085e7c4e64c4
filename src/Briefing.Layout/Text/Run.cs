namespace Briefing.Layout.Text;

/// <summary>
/// A piece of paragraph text with one style: plain, bold, a link, a superscript citation marker,
/// or the page number an anchor landed on (filled in by layout).
/// </summary>
public sealed record Run
{
    public Run(string text, TextStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Style = style ?? TextStyle.Inherit;
    }

    public string Text { get; init; }

    public TextStyle Style { get; init; }

    public LinkTarget? Link { get; init; }

    /// <summary>Drawn smaller and raised, like a footnote or citation marker.</summary>
    public bool Superscript { get; init; }

    /// <summary>An anchor at this run's position (e.g. a citation marker, for "cited on pages" lists).</summary>
    public string? Anchor { get; init; }

    /// <summary>When set, the run's text is the page number this anchor landed on (see <see cref="PageOf"/>).</summary>
    public string? PageNumberOf { get; init; }

    public static implicit operator Run(string text) => new(text);

    public static Run FromString(string text) => new(text);

    public static Run Bold(string text) => new(text, new TextStyle { Bold = true });

    public static Run Italic(string text) => new(text, new TextStyle { Italic = true });

    /// <summary>Text linking to an external address.</summary>
    public static Run Hyperlink(string text, string uri, TextStyle? style = null) => new(text, style) { Link = LinkTarget.ToUri(uri) };

    /// <summary>Text linking to an anchor in this document.</summary>
    public static Run LinkTo(string text, string anchor, TextStyle? style = null) => new(text, style) { Link = LinkTarget.ToAnchor(anchor) };

    /// <summary>A superscript marker (e.g. a citation "[3]"), optionally linking to an anchor.</summary>
    public static Run Marker(string text, string? anchor = null, TextStyle? style = null) =>
        new(text, style) { Superscript = true, Link = anchor is null ? null : LinkTarget.ToAnchor(anchor) };

    /// <summary>
    /// The page number <paramref name="anchor"/> lands on, e.g. for contents entries ("?" until known),
    /// linking to it unless <paramref name="link"/> is false.
    /// </summary>
    public static Run PageOf(string anchor, TextStyle? style = null, bool link = true) =>
        new("?", style) { PageNumberOf = anchor, Link = link ? LinkTarget.ToAnchor(anchor) : null };
}
