namespace Briefing.Pipeline;

/// <summary>Which products a build makes and how.</summary>
/// <param name="Site">Render the site.</param>
/// <param name="Pdf">Render the PDF briefing.</param>
/// <param name="Paper">"a4" or "letter".</param>
/// <param name="BaseUrl">Where the site will be published, for absolute sitemap URLs; null keeps everything relative.</param>
internal sealed record BuildRequest(bool Site, bool Pdf, string Paper, Uri? BaseUrl = null)
{
    public static readonly BuildRequest Everything = new(Site: true, Pdf: true, Paper: "a4");
}
