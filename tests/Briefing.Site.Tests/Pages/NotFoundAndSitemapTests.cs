using Briefing.Testing.Fixtures;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Pages;

public sealed class NotFoundAndSitemapTests
{
    [Fact]
    public void The_404_page_links_home_relatively_without_a_base_url()
    {
        var page = SampleSite.Rendered.Page("404.html");

        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("base"));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "index.html");
    }

    [Fact]
    public void With_a_base_url_the_404_page_resolves_links_against_it_and_the_sitemap_is_absolute()
    {
        var site = RenderedSite.Of(SampleBriefing.Create(), new SiteOptions("briefing.pdf") { BaseUrl = new Uri("https://research.example.com/briefing/") });

        Assert.Equal("https://research.example.com/briefing/", site.Page("404.html").QuerySelector("head base")!.GetAttribute("href"));
        Assert.Contains("<loc>https://research.example.com/briefing/deals/baic-catl-2023.html</loc>", site.Text("sitemap.xml"), StringComparison.Ordinal);
        Assert.Null(site.Page("index.html").QuerySelector("base"));
    }

    [Fact]
    public void The_sitemap_lists_every_page_but_the_404_with_the_edition_as_lastmod()
    {
        var xml = System.Xml.Linq.XDocument.Parse(SampleSite.Rendered.Text("sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = xml.Descendants(ns + "loc").Select(l => l.Value).ToList();

        Assert.Equal(SampleSite.Rendered.Pages.Where(p => p != "404.html").Order(StringComparer.Ordinal), locations.Order(StringComparer.Ordinal));
        Assert.All(xml.Descendants(ns + "lastmod"), l => Assert.Equal("2025-03", l.Value));
    }
}
