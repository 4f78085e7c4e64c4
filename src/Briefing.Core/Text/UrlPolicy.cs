namespace Briefing.Core.Text;

/// <summary>
/// Which link targets may reach a reader. Markdig's DisableHtml and the site templates' escaping both
/// let <c>javascript:</c> through, so every URL, from Markdown or from a URL field, passes here.
/// URLs are judged as a browser parses them (<see cref="UrlShape"/>).
/// </summary>
public static class UrlPolicy
{
    private static readonly HashSet<string> AllowedSchemes = new(StringComparer.Ordinal) { "http", "https", "mailto" };

    /// <summary>
    /// True for http, https and mailto URLs and for relative URLs inside the site (paths,
    /// fragments, queries); not for protocol-relative <c>//host</c> ones, which leave the site.
    /// </summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var shape = UrlShape.Of(url);
        return shape.Scheme is null ? !shape.HasHost : AllowedSchemes.Contains(shape.Scheme);
    }

    /// <summary>True when an image or other resource at <paramref name="url"/> loads from the site itself: no scheme, no host.</summary>
    public static bool IsInsideSite(string? url) => !string.IsNullOrWhiteSpace(url) && UrlShape.Of(url).IsLocal;

    /// <summary>True for absolute http(s) URLs only: what a source's <c>url</c> field may hold.</summary>
    public static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && UrlShape.Of(url) is { Scheme: "http" or "https", HasHost: true };
}
