using Briefing.Testing.Fixtures;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Site;

public sealed class SiteRendererTests
{
    [Fact]
    public void Renders_pages_assets_theme_and_sitemap_with_clean_relative_paths_in_order()
    {
        var paths = SampleSite.Rendered.Files.Select(f => f.Path).ToList();

        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        Assert.Contains("assets/site.css", paths);
        Assert.Contains("assets/theme.css", paths);
        Assert.Contains("assets/facts-filter.js", paths);
        Assert.Contains("sitemap.xml", paths);
        Assert.Contains("404.html", paths);
        Assert.All(paths, p => Assert.DoesNotContain('\\', p));
        Assert.All(paths, p => Assert.False(p.StartsWith('/') || p.Contains("..", StringComparison.Ordinal)));
    }

    [Fact]
    public void One_renderer_renders_again_and_gives_the_same_bytes()
    {
        var renderer = new SiteRenderer(RepositoryPaths.SiteTemplates);
        var first = renderer.Render(SampleBriefing.Create(), new SiteOptions("briefing.pdf"));
        var second = renderer.Render(SampleBriefing.Create(), new SiteOptions("briefing.pdf"));

        Assert.Equal(first.Select(f => (f.Path, Convert.ToHexString(f.Content))), second.Select(f => (f.Path, Convert.ToHexString(f.Content))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("pdf/briefing.pdf")]
    [InlineData("..")]
    public void Refuses_a_pdf_name_that_is_not_a_plain_file_name(string name)
    {
        Assert.Throws<ArgumentException>(() => RenderedSite.Renderer.Render(SampleBriefing.Create(), new SiteOptions(name)));
    }

    [Fact]
    public void Refuses_a_base_url_that_is_not_an_http_folder()
    {
        Assert.Throws<ArgumentException>(() => RenderedSite.Renderer.Render(SampleBriefing.Create(), new SiteOptions("b.pdf") { BaseUrl = new Uri("ftp://x/") }));
        Assert.Throws<ArgumentException>(() => RenderedSite.Renderer.Render(SampleBriefing.Create(), new SiteOptions("b.pdf") { BaseUrl = new Uri("https://x/page.html") }));
    }

    [Fact]
    public void A_pdf_name_with_spaces_is_escaped_in_links()
    {
        var site = RenderedSite.Of(SampleBriefing.Create(), new SiteOptions("China NEV briefing.pdf"));

        Assert.Equal("../China%20NEV%20briefing.pdf", site.Page("deals/baic-catl-2023.html").QuerySelector(".nav-pdf")!.GetAttribute("href"));
    }

    [Fact]
    public void Every_page_has_a_skip_link_a_main_landmark_a_title_and_a_language()
    {
        foreach (var page in SampleSite.Rendered.Pages)
        {
            var document = SampleSite.Rendered.Page(page);
            Assert.Equal("#main", document.QuerySelector("body > a.skip-link")!.GetAttribute("href"));
            Assert.NotNull(document.QuerySelector("main#main"));
            Assert.False(string.IsNullOrWhiteSpace(document.Title));
            Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
            Assert.Single(document.QuerySelectorAll("h1"));
        }
    }
}
