using Microsoft.AspNetCore.Http;

namespace Briefing.Serving;

/// <summary>
/// What keeps the preview to the analyst's own browser tab: it answers only to its own loopback
/// names (so DNS rebinding cannot make another site's page read it), tells browsers not to guess
/// types or frame it, allows only its own scripts and styles, and shows no absolute file path.
/// </summary>
internal static class PreviewSecurity
{
    /// <summary>
    /// Only the site itself: its scripts (the live-reload script included, served as a file), styles,
    /// images, fonts and event stream. Inline SVG needs no directive; inline script and style are refused.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void AddHeaders(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers["Referrer-Policy"] = "no-referrer";
    }

    /// <summary>True for a Host header naming this server by a loopback name and its own port.</summary>
    public static bool IsOwnHost(HostString host, int port) =>
        host.HasValue && host.Port == port
        && host.Host.ToLowerInvariant() is "127.0.0.1" or "localhost" or "[::1]";

    /// <summary>A content or template path as the browser may see it: relative to the project, else its file name.</summary>
    public static string DisplayPath(string projectFolder, string file)
    {
        if (!Path.IsPathRooted(file))
        {
            return file;
        }

        var relative = Path.GetRelativePath(projectFolder, file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFileName(file) : relative;
    }
}
