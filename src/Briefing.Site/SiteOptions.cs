namespace Briefing.Site;

/// <summary>What the composition root decides about the site, beyond the model.</summary>
/// <param name="PdfFileName">
/// The PDF's file name, e.g. <c>briefing.pdf</c>. The CLI copies the PDF into the site's root;
/// every page links to it relatively. A plain file name: no folders.
/// </param>
public sealed record SiteOptions(string PdfFileName)
{
    /// <summary>
    /// Where the site will be published, e.g. <c>https://research.example.com/briefing/</c>.
    /// Optional. When set, sitemap.xml lists absolute URLs and 404.html resolves its links
    /// against it (a server shows 404.html at any depth). When null, everything stays relative
    /// so the site also works from <c>file://</c>.
    /// </summary>
    public Uri? BaseUrl { get; init; }
}
