namespace Briefing.Core.Text;

/// <summary>
/// What a browser makes of a URL written in a page, as far as leaving the site goes: its scheme
/// (lowercase, or null for a relative reference) and whether it names a host. Judged by
/// <see cref="Of"/> the way the WHATWG URL parser does, not by <see cref="Uri.TryCreate(string, UriKind, out Uri)"/>,
/// which rejects forms browsers load without a word (<c>https:host/x.png</c>, <c>https://a.%65vil.example/</c>).
/// </summary>
public sealed record UrlShape(string? Scheme, bool HasHost)
{
    // Schemes whose URLs always have an authority, where '\' counts as '/' and slashes after the colon are optional.
    private static readonly HashSet<string> Special = new(StringComparer.Ordinal) { "http", "https", "ws", "wss", "ftp", "file" };

    /// <summary>True for a path inside the site: no scheme and no host.</summary>
    public bool IsLocal => Scheme is null && !HasHost;

    /// <summary>
    /// The shape of <paramref name="url"/> as a page on an http(s) or file: site reads it: leading and
    /// trailing C0 controls and spaces are stripped and tabs and newlines removed anywhere, as the
    /// parser does before it looks; a scheme is an ASCII letter, then letters, digits, '+', '-' or
    /// '.', then ':'. A relative reference that starts with two slashes (either way round, since
    /// the page's own scheme is special) is network-path: it names a host.
    /// </summary>
    public static UrlShape Of(string url)
    {
        var text = new string([.. url.Trim(C0OrSpace).Where(c => c is not ('\t' or '\n' or '\r'))]);
        if (SchemeOf(text) is { } scheme)
        {
            var rest = text[(scheme.Length + 1)..];
            var hasHost = Special.Contains(scheme)
                ? scheme != "file" || StartsWithTwoSlashes(rest, special: true) && Authority(rest).Length > 0
                : rest.StartsWith("//", StringComparison.Ordinal) && Authority(rest).Length > 0;
            return new UrlShape(scheme, hasHost);
        }

        return new UrlShape(null, StartsWithTwoSlashes(text, special: true));
    }

    private static readonly char[] C0OrSpace = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];

    private static string? SchemeOf(string text)
    {
        if (text.Length == 0 || !char.IsAsciiLetter(text[0]))
        {
            return null;
        }

        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ':')
            {
                return text[..i].ToLowerInvariant();
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsSlash(char c, bool special) => c == '/' || special && c == '\\';

    private static bool StartsWithTwoSlashes(string text, bool special) =>
        text.Length >= 2 && IsSlash(text[0], special) && IsSlash(text[1], special);

    /// <summary>The authority after two leading slashes: up to the next slash, backslash, '?' or '#'.</summary>
    private static string Authority(string rest)
    {
        var after = rest[2..];
        var end = after.IndexOfAny(['/', '\\', '?', '#']);
        return end < 0 ? after : after[..end];
    }
}
