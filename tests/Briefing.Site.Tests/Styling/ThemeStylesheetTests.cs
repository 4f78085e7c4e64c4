using Briefing.Core.Model;
using Briefing.Site.Styling;

namespace Briefing.Site.Tests.Styling;

public sealed class ThemeStylesheetTests
{
    [Fact]
    public void The_theme_colours_and_fonts_become_custom_properties()
    {
        var css = ThemeStylesheet.Build(new Theme("#1f4e79", "#c8102e", "Source Sans 3", "Inter"));

        Assert.Contains("--brand: #1f4e79;", css, StringComparison.Ordinal);
        Assert.Contains("--accent: #c8102e;", css, StringComparison.Ordinal);
        Assert.Contains("--font-body: \"Source Sans 3\", system-ui", css, StringComparison.Ordinal);
        Assert.Contains("--font-heading: \"Inter\", system-ui", css, StringComparison.Ordinal);
        Assert.Contains("@media (prefers-color-scheme: dark)", css, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#1f4e79")]
    [InlineData("#0b1a2e")]
    [InlineData("#c8102e")]
    public void Brand_lines_get_3_to_1_contrast_on_both_backgrounds(string brand)
    {
        var css = ThemeStylesheet.Build(Theme.Default with { BrandColor = brand });
        var lines = System.Text.RegularExpressions.Regex.Matches(css, "--brand-line: (#[0-9a-f]{6});").Select(m => CssColor.TryParse(m.Groups[1].Value)!.Value).ToList();

        Assert.Equal(2, lines.Count);
        Assert.True(lines[0].ContrastWith(new CssColor(0xf5, 0xf7, 0xf9)) >= 3, $"light {lines[0]}");
        Assert.True(lines[1].ContrastWith(new CssColor(0x1a, 0x20, 0x28)) >= 3, $"dark {lines[1]}");
    }

    [Theory]
    [InlineData("#fff;} body{background:url(https://evil.example/x)}")]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#gggggg")]
    [InlineData("")]
    public void A_colour_that_is_not_rrggbb_falls_back_to_the_default(string colour)
    {
        var css = ThemeStylesheet.Build(Theme.Default with { BrandColor = colour });

        Assert.Contains("--brand: #1f4e79;", css, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", css, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", css, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Inter\"; } * { background: url(https://evil.example/f) } \"")]
    [InlineData("</style><script>alert(1)</script>")]
    [InlineData("sans-serif")]
    public void A_font_that_is_not_plainly_a_family_name_is_left_out(string font)
    {
        var css = ThemeStylesheet.Build(Theme.Default with { BodyFont = font });

        Assert.Contains("--font-body: system-ui", css, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", css, StringComparison.Ordinal);
        Assert.DoesNotContain("<", css, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pale_brand_colour_is_darkened_for_text_until_it_reads()
    {
        var css = ThemeStylesheet.Build(Theme.Default with { BrandColor = "#ffd700" });
        var text = Value(css, "--brand-text");

        Assert.Contains("--brand: #ffd700;", css, StringComparison.Ordinal);
        Assert.True(CssColor.TryParse(text)!.Value.ContrastWith(new CssColor(0xf5, 0xf7, 0xf9)) >= 4.5, text);
    }

    [Fact]
    public void Contrast_follows_wcag()
    {
        Assert.Equal(21, CssColor.Black.ContrastWith(CssColor.White), 3);
        Assert.Equal(1, CssColor.White.ContrastWith(CssColor.White), 3);
        Assert.Null(CssColor.TryParse("#1f4e7"));
        Assert.Equal("#1f4e79", CssColor.TryParse("#1F4E79")!.Value.ToString());
    }

    private static string Value(string css, string property)
    {
        var start = css.IndexOf(property + ": ", StringComparison.Ordinal) + property.Length + 2;
        return css[start..css.IndexOf(';', start)];
    }
}
