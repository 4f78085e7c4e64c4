using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class TypographyTests
{
    [Theory]
    [InlineData("BAIC's share", "BAIC’s share")]
    [InlineData("it had \"not heard of this\".", "it had “not heard of this”.")]
    [InlineData("the 'Qilin' brand", "the ‘Qilin’ brand")]
    [InlineData("(\"early\")", "(“early”)")]
    [InlineData("\"Overseas 30·30 Strategy\", it said", "“Overseas 30·30 Strategy”, it said")]
    [InlineData("no quotes at all", "no quotes at all")]
    public void Straight_quotes_become_typographers_quotes_by_what_comes_before(string typed, string printed) =>
        Assert.Equal(printed, Typography.Curl(typed));

    [Fact]
    public void Markdown_text_is_curled_across_emphasis_but_code_and_addresses_keep_their_quotes()
    {
        var html = Markdig.Markdown.ToHtml(
            "*BAIC*'s \"plan\" uses `don't` and [a 'link'](https://example.com/it's)", MarkdownText.Pipeline);

        Assert.Contains("<em>BAIC</em>’s “plan”", html, StringComparison.Ordinal);
        Assert.Contains("<code>don't</code>", html, StringComparison.Ordinal);
        Assert.Contains("a ‘link’</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.com/it", html, StringComparison.Ordinal);
        Assert.DoesNotContain("it’s", html, StringComparison.Ordinal);
    }
}
