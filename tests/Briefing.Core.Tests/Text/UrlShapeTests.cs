using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

/// <summary>
/// URLs judged as a browser's WHATWG URL parser judges them, on a page served over http(s) or
/// opened from file://: whether they have a scheme, and whether they name a host.
/// </summary>
public sealed class UrlShapeTests
{
    [Theory]
    // Forms .NET's Uri rejects but browsers load from another host.
    [InlineData("https://pct.%65vil.example/p.png", "https", true)]
    [InlineData("https:host/x.png", "https", true)]
    [InlineData("http:host/x.png", "http", true)]
    [InlineData("https:/host/x.png", "https", true)]
    [InlineData("https:\\\\host\\x.png", "https", true)]
    [InlineData("HTTPS://EVIL.EXAMPLE/p.png", "https", true)]
    [InlineData(" \u0001https://evil.example/p.png\u0000 ", "https", true)]
    [InlineData("ht\ttp\ns://evil.example/p.png", "https", true)]
    [InlineData("https://[::1]/p.png", "https", true)]
    [InlineData("https://user:pw@evil.example/p.png", "https", true)]
    [InlineData("ftp://evil.example/p.png", "ftp", true)]
    [InlineData("ws://evil.example/", "ws", true)]
    // Network-path references: no scheme, but a host; backslashes count as slashes.
    [InlineData("//evil.example/p.png", null, true)]
    [InlineData("\\\\evil.example\\p.png", null, true)]
    [InlineData("/\\evil.example/p.png", null, true)]
    [InlineData("\\/evil.example/p.png", null, true)]
    [InlineData("\t//evil.example/p.png", null, true)]
    [InlineData("/\n/evil.example/p.png", null, true)]
    // Other schemes: not inside the site, whatever follows.
    [InlineData("data:image/png;base64,AAAA", "data", false)]
    [InlineData("javascript:alert(1)", "javascript", false)]
    [InlineData("java\tscript:alert(1)", "javascript", false)]
    [InlineData("file:///etc/passwd", "file", false)]
    [InlineData("file://host/share/p.png", "file", true)]
    [InlineData("blob:https://evil.example/uuid", "blob", false)]
    [InlineData("c:/images/p.png", "c", false)]
    [InlineData("x-a.b+c:whatever", "x-a.b+c", false)]
    // Paths inside the site.
    [InlineData("assets/chart.png", null, false)]
    [InlineData("/assets/chart.png", null, false)]
    [InlineData("../chart.png", null, false)]
    [InlineData("chart.png?v=1#top", null, false)]
    [InlineData("./https://evil.example/p.png", null, false)]
    [InlineData("1http://evil.example/p.png", null, false)]
    [InlineData("a b:c", null, false)]
    [InlineData("#top", null, false)]
    public void Scheme_and_host_are_judged_as_a_browser_would(string url, string? scheme, bool hasHost)
    {
        var shape = UrlShape.Of(url);

        Assert.Equal((scheme, hasHost), (shape.Scheme, shape.HasHost));
        Assert.Equal(scheme is null && !hasHost, UrlPolicy.IsInsideSite(url));
    }

    [Theory]
    [InlineData("https://pct.%65vil.example/p.png", true)]
    [InlineData("https:host/x.png", true)]
    [InlineData("mailto:a@example.com", true)]
    [InlineData("facts.html#f1", true)]
    [InlineData("//evil.example/", false)]
    [InlineData("\\\\evil.example\\", false)]
    [InlineData("/\\evil.example/", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("jav\u0009ascript:alert(1)", false)]
    [InlineData("vbscript:x", false)]
    [InlineData("data:text/html,x", false)]
    public void Links_are_allowed_by_the_scheme_a_browser_sees(string url, bool allowed) =>
        Assert.Equal(allowed, UrlPolicy.IsAllowed(url));

    [Theory]
    [InlineData("https://example.com/a", true)]
    [InlineData("https:example.com/a", false)]
    [InlineData("https:/example.com/a", false)]
    public void A_source_url_must_be_written_out_in_full(string url, bool valid) =>
        Assert.Equal(valid, UrlPolicy.IsWebUrl(url));
}
