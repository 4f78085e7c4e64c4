using Briefing.Site.Views;

namespace Briefing.Site.Tests.Templates;

public sealed class LinkHelperTests
{
    [Theory]
    [InlineData("https://example.com/a?b=1&c=2", "https://example.com/a?b=1&amp;c=2")]
    [InlineData("http://example.com/", "http://example.com/")]
    [InlineData("mailto:desk@example.com", "mailto:desk@example.com")]
    [InlineData("deals/baic-catl-2023.html", "deals/baic-catl-2023.html")]
    [InlineData("#fact-bjev-sales-2022", "#fact-bjev-sales-2022")]
    [InlineData("../sources.html#source-a", "../sources.html#source-a")]
    public void Url_allows_http_https_mailto_and_relative(string url, string expected)
    {
        Assert.Equal(expected, Render.Template("{{ url u }}", new { u = url }));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox")]
    [InlineData("//evil.example/x")]
    [InlineData("")]
    public void Url_turns_anything_else_into_an_inert_hash(string url)
    {
        Assert.Equal("#", Render.Template("{{ url u }}", new { u = url }));
    }

    [Fact]
    public void Url_escapes_quotes_so_it_cannot_leave_its_attribute()
    {
        var html = Render.Template("<a href=\"{{ url u }}\">x</a>", new { u = "a.html\" onclick=\"alert(1)" });

        Assert.Equal("<a href=\"a.html&quot; onclick=&quot;alert(1)\">x</a>", html);
    }

    [Fact]
    public void Cite_links_each_source_number_to_the_sources_page()
    {
        CitationView[] cites = [new(1, "../sources.html#source-a", "First <source>"), new(3, "../sources.html#source-c", "Third")];

        var html = Render.Template("{{ cite c }}", new { c = cites });

        Assert.Equal(
            "<span class=\"cites\">"
            + "<a class=\"cite\" href=\"../sources.html#source-a\" title=\"First &lt;source&gt;\"><span class=\"visually-hidden\">Source </span>[1]</a>"
            + "<a class=\"cite\" href=\"../sources.html#source-c\" title=\"Third\"><span class=\"visually-hidden\">Source </span>[3]</a></span>",
            html);
    }

    [Fact]
    public void Cite_prints_nothing_for_no_citations()
    {
        Assert.Equal("", Render.Template("{{ cite c }}", new { c = Array.Empty<CitationView>() }));
    }
}
