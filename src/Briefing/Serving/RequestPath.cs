namespace Briefing.Serving;

/// <summary>
/// Maps a request path onto a file of the site, refusing anything that could name a file
/// outside it: parent segments (plain or percent-encoded), backslashes, drive letters,
/// NUL, or absolute paths in disguise. The site is served from memory, but refusing here
/// keeps that true even if it one day is served from disk.
/// </summary>
internal static class RequestPath
{
    /// <summary>The site-relative file for a raw request path, or null when the path is refused.</summary>
    public static string? Resolve(string rawPath)
    {
        string decoded;
        try
        {
            // Decode twice: "%252e%252e" must not become ".." after a later decode either.
            decoded = Uri.UnescapeDataString(Uri.UnescapeDataString(rawPath));
        }
        catch (UriFormatException)
        {
            return null;
        }

        if (!decoded.StartsWith('/') || decoded.StartsWith("//", StringComparison.Ordinal)
            || decoded.Contains('\\', StringComparison.Ordinal) || decoded.Contains('\0', StringComparison.Ordinal)
            || decoded.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var segments = decoded[1..].Split('/');
        if (segments.Any(s => s is ".." or "."))
        {
            return null;
        }

        var path = string.Join('/', segments);
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    public static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".xml" => "application/xml; charset=utf-8",
        ".pdf" => "application/pdf",
        ".json" => "application/json; charset=utf-8",
        _ => "application/octet-stream",
    };
}
