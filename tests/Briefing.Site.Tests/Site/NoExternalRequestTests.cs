using System.Text;
using Briefing.Testing.Fixtures;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Site;

/// <summary>No request leaves the site: no CDN, no web fonts, no analytics, no remote images.</summary>
public sealed class NoExternalRequestTests
{
    public static TheoryData<string> Sites => ["sample", "hostile"];

    [Theory]
    [MemberData(nameof(Sites))]
    public void Only_links_a_reader_follows_may_point_elsewhere(string which)
    {
        var site = which == "sample" ? SampleSite.Rendered : RenderedSite.Of(HostileBriefing.Create());

        var fetched = SiteLinks.All(site)
            .Where(l => SiteLinks.IsExternal(l.Url) && l.Element.LocalName != "a")
            .Select(l => $"{l.Page}: <{l.Element.LocalName} {l.Attribute}=\"{l.Url}\">")
            .ToList();

        Assert.Empty(fetched);
    }

    [Fact]
    public void The_only_outside_links_are_source_urls_and_links_written_in_markdown()
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal)
        {
            "https://example.com/xiaomi-great-wall", "https://www.baicgroup.com.cn/", "https://www.gwm-global.com/",
        };

        var outside = SiteLinks.All(SampleSite.Rendered).Where(l => SiteLinks.IsExternal(l.Url)).Select(l => l.Url).Distinct().ToList();

        Assert.All(outside, url => Assert.Contains(url, allowed));
    }

    [Fact]
    public void Stylesheets_and_scripts_load_nothing_from_elsewhere()
    {
        foreach (var file in SampleSite.Rendered.Files.Where(f => f.Path.EndsWith(".css", StringComparison.Ordinal) || f.Path.EndsWith(".js", StringComparison.Ordinal)))
        {
            var text = Encoding.UTF8.GetString(file.Content).Replace(" ", "", StringComparison.Ordinal);
            Assert.DoesNotMatch("url\\(['\"]?(https?:|//)", text);
            Assert.DoesNotContain("XMLHttpRequest", text, StringComparison.Ordinal);
            Assert.DoesNotContain("fetch(", text, StringComparison.Ordinal);
            Assert.DoesNotContain("@import", text, StringComparison.Ordinal);
            Assert.DoesNotContain("@font-face", text, StringComparison.Ordinal);
        }
    }
}
