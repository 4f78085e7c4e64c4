namespace Briefing.Core.Text;

/// <summary>
/// Which link targets may reach a reader. Markdig's DisableHtml and the site templates' escaping both
/// let <c>javascript:</c> through, so every URL, from Markdown or from a URL field, passes here.
/// </summary>
public static class UrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>True for http, https and mailto URLs and for relative URLs (paths, fragments, queries).</summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"),
        // so strip them before looking for one.
        var compact = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        if (!hasScheme)
        {
            // "//host/path" is protocol-relative: it leaves the site, so it is not relative.
            return !compact.StartsWith("//", StringComparison.Ordinal)
                && !compact.StartsWith("\\\\", StringComparison.Ordinal);
        }

        var scheme = compact[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True for absolute http(s) URLs only: what a source's <c>url</c> field may hold.</summary>
    public static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
