using Briefing.Site.Text;

namespace Briefing.Site.Tests.Text;

public sealed class SafeMarkdownTests
{
    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var html = SafeMarkdown.ToHtml("Hello <script>alert(1)</script> <img src=x onerror=alert(1)>");

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JAVASCRIPT:alert(1))")]
    [InlineData("[click](data:text/html,x)")]
    [InlineData("[click][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("[click](//evil.example)")]
    public void Disallowed_links_keep_their_words_and_lose_their_target(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.Equal("<p>click</p>", html);
    }

    [Fact]
    public void A_disallowed_autolink_becomes_text()
    {
        var html = SafeMarkdown.ToHtml("<javascript:alert(1)>");

        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
        Assert.Contains("javascript:alert(1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disallowed_autolink_after_a_disallowed_image_becomes_text_too()
    {
        // Regression: unwrapping the image used to hide the autolink from the walk.
        var html = SafeMarkdown.ToHtml("![pic](javascript:a) <javascript:b> [c](javascript:c)");

        Assert.Equal("<p>pic javascript:b c</p>", html);
    }

    [Fact]
    public void Allowed_links_stay()
    {
        Assert.Equal("<p><a href=\"https://example.com/x\">site</a> <a href=\"mailto:a@example.com\">mail</a> <a href=\"facts.html\">facts</a></p>",
            SafeMarkdown.ToHtml("[site](https://example.com/x) [mail](mailto:a@example.com) [facts](facts.html)"));
    }

    [Fact]
    public void A_remote_image_becomes_a_link_so_no_request_leaves_the_site()
    {
        Assert.Equal("<p><a href=\"https://evil.example/p.png\">pic</a></p>", SafeMarkdown.ToHtml("![pic](https://evil.example/p.png)"));
        Assert.Equal("<p><img src=\"assets/chart.png\" alt=\"pic\" /></p>", SafeMarkdown.ToHtml("![pic](assets/chart.png)"));
        Assert.Equal("<p>pic</p>", SafeMarkdown.ToHtml("![pic](javascript:alert(1))"));
    }

    [Theory]
    [InlineData("https://pct.%65vil.example/p.png")]
    [InlineData("https:evil.example/x.png")]
    [InlineData("http:evil.example/x.png")]
    [InlineData("https:/evil.example/x.png")]
    [InlineData("//evil.example/p.png")]
    [InlineData("/\\evil.example/p.png")]
    // Four backslashes in Markdown are two in the URL: a network-path reference.
    [InlineData("\\\\\\\\evil.example/p.png")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("file:///etc/passwd")]
    public void No_image_from_another_host_survives_in_any_form_a_browser_accepts(string url)
    {
        var html = SafeMarkdown.ToHtml($"![pic](<{url}>)");

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("pic", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_in_a_field_never_outrank_the_page()
    {
        Assert.Equal("<h3>Method</h3>", SafeMarkdown.ToHtml("# Method"));
        Assert.Equal("<h6>Deep</h6>", SafeMarkdown.ToHtml("##### Deep"));
    }

    [Fact]
    public void Inline_rendering_drops_the_paragraph_of_a_one_line_field_only()
    {
        Assert.Equal("BJEV sold <strong>50,179</strong>", SafeMarkdown.ToInlineHtml("BJEV sold **50,179**"));
        Assert.Equal("<p>One</p>\n<p>Two</p>", SafeMarkdown.ToInlineHtml("One\n\nTwo"));
        Assert.Equal("", SafeMarkdown.ToInlineHtml(null));
    }
}
