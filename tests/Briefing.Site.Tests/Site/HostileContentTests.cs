using AngleSharp.Dom;
using Briefing.Testing.Fixtures;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Site;

/// <summary>Attacks placed in every text and URL field come out as inert text.</summary>
public sealed class HostileContentTests
{
    private static readonly Lazy<RenderedSite> Site = new(() => RenderedSite.Of(HostileBriefing.Create()));
    private static readonly string[] DangerousSchemes = ["javascript:", "data:", "vbscript:"];

    private static IEnumerable<(string Page, IDocument Document)> Pages =>
        Site.Value.Pages.Select(p => (p, Site.Value.Page(p)));

    [Fact]
    public void No_script_element_but_the_local_filter_script()
    {
        var scripts = Pages.SelectMany(p => p.Document.QuerySelectorAll("script").Select(s => $"{p.Page}: {s.OuterHtml}")).ToList();

        Assert.Equal(["facts.html: <script src=\"assets/facts-filter.js\" defer=\"\"></script>"], scripts);
    }

    [Fact]
    public void No_event_handler_style_or_embedded_element_anywhere()
    {
        var found = Pages.SelectMany(p => p.Document.All
            .Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style")
                || e.LocalName is "img" or "iframe" or "object" or "embed" or "style" or "form" && e.Id != "fact-filters")
            .Select(e => $"{p.Page}: {e.OuterHtml[..Math.Min(120, e.OuterHtml.Length)]}"))
            .ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void No_url_attribute_carries_a_dangerous_scheme()
    {
        var found = SiteLinks.All(Site.Value)
            .Where(l => DangerousSchemes.Any(s => new string([.. l.Url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))])
                .StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            .Select(l => $"{l.Page}: {l.Attribute}={l.Url}")
            .ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void The_hostile_text_is_still_there_to_read_as_text()
    {
        var deal = Site.Value.Page("deals/hostile-deal.html");

        Assert.StartsWith("Hostile <script>window.pwned=1</script>", deal.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var summary = Site.Value.Page("index.html").QuerySelector(".home-summary")!;
        // Raw HTML in Markdown is shown as the text it is, and a disallowed link keeps its words but loses its target.
        Assert.Contains(HostileBriefing.Script, summary.TextContent, StringComparison.Ordinal);
        Assert.Contains("<div onclick=", summary.TextContent, StringComparison.Ordinal);
        Assert.Contains(">raw</div>", summary.TextContent, StringComparison.Ordinal);
        Assert.Contains(" click ", summary.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.QuerySelectorAll("a"), a => a.TextContent is "click" or "case" or "tab" or "data");
        Assert.Contains(summary.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://example.com/ok");
    }

    [Fact]
    public void A_source_url_that_is_not_http_is_shown_as_plain_text()
    {
        var sources = Site.Value.Page("sources.html");

        Assert.All(sources.QuerySelectorAll(".source-title"), t => Assert.Null(t.QuerySelector("a")));
    }

    [Fact]
    public void The_theme_cannot_smuggle_css_and_the_lang_attribute_stays_clean()
    {
        var css = Site.Value.Text("assets/theme.css");

        Assert.DoesNotContain("evil", css, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", css, StringComparison.Ordinal);
        Assert.DoesNotContain("<", css, StringComparison.Ordinal);
        Assert.Equal("en", Site.Value.Page("index.html").DocumentElement.GetAttribute("lang"));
        Assert.DoesNotContain(Site.Value.Page("sources.html").All, e => e.GetAttribute("lang")?.Contains('"', StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Every_attribute_value_in_the_markup_is_double_quoted()
    {
        // AngleSharp would accept single or no quotes; the templates must not rely on that.
        foreach (var page in Site.Value.Pages)
        {
            foreach (var tag in System.Text.RegularExpressions.Regex.Matches(Site.Value.Text(page), "<[a-zA-Z][^>]*>").Select(m => m.Value))
            {
                // With every double-quoted value taken out, an '=' may only be followed by where the value was.
                var bare = System.Text.RegularExpressions.Regex.Replace(tag, "\"[^\"]*\"", "");
                Assert.DoesNotMatch("=[^\\s>/]", bare);
            }
        }
    }
}
