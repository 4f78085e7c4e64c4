using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.CuratedContent;

/// <summary>
/// The site of the example briefing in content/: every page renders, every link resolves, nothing is fetched
/// from elsewhere, and its curated comparisons show. These check the example, and are expected to change with
/// it; tests of the renderer use the <c>SampleBriefing</c> fixture.
/// </summary>
public sealed class CuratedContentSiteTests
{
    [CuratedContentFact]
    public void Renders_with_every_internal_link_and_anchor_resolving()
    {
        // BRIEFING_SITE_DUMP=folder keeps a copy to look at in a browser.
        if (Environment.GetEnvironmentVariable("BRIEFING_SITE_DUMP") is { Length: > 0 } dump)
        {
            CuratedSite.Rendered.WriteTo(dump);
        }

        Assert.Empty(SiteLinks.Broken(CuratedSite.Rendered));
    }

    [CuratedContentFact]
    public void Fetches_nothing_from_elsewhere()
    {
        var fetched = SiteLinks.All(CuratedSite.Rendered)
            .Where(l => SiteLinks.IsExternal(l.Url) && l.Element.LocalName != "a")
            .Select(l => $"{l.Page}: {l.Url}");

        Assert.Empty(fetched);
    }

    [CuratedContentFact]
    public void Has_a_page_per_deal_and_company_and_an_anchor_per_fact()
    {
        var site = CuratedSite.Rendered;
        var facts = site.Page("facts.html");

        Assert.Contains(site.Pages, p => p.StartsWith("deals/", StringComparison.Ordinal));
        Assert.Contains(site.Pages, p => p.StartsWith("companies/", StringComparison.Ordinal));
        Assert.All(facts.QuerySelectorAll("#facts-table tbody tr"), row => Assert.StartsWith("fact-", row.Id, StringComparison.Ordinal));
    }

    [CuratedContentFact]
    public void Draws_the_charts_and_shows_the_2021_share_price_reports_side_by_side()
    {
        var site = CuratedSite.Rendered;
        var home = site.Page("index.html");

        Assert.NotEmpty(home.QuerySelectorAll("svg.chart-svg[role=img]"));
        Assert.Contains(site.Page("facts.html").QuerySelectorAll(".comparisons .comparison"),
            c => c.QuerySelectorAll(".report").Length >= 2 && c.TextContent.Contains("26 March 2021", StringComparison.Ordinal));
    }
}
