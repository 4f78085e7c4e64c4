using Briefing.Site.Tests.Fixtures;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Pages;

public sealed class DealPageTests
{
    public static TheoryData<string> DealIds => [.. SampleBriefing.Create().Deals.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(DealIds))]
    public void Every_deal_page_lists_its_parties_with_roles_and_its_citations(string id)
    {
        var deal = SampleBriefing.Create().Deal(id);
        var page = SampleSite.Rendered.Page($"deals/{id}.html");

        Assert.Equal(deal.Title, page.QuerySelector("h1")!.TextContent);
        var parties = page.QuerySelectorAll(".parties li");
        Assert.Equal(deal.Parties.Select(p => $"../companies/{p.CompanyId}.html"), parties.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(deal.Parties.Select(p => p.Role), parties.Select(li => li.QuerySelector(".party-role")!.TextContent));
        Assert.NotEmpty(page.QuerySelectorAll(".sources-line .cite"));
        Assert.All(page.QuerySelectorAll(".cite"), a => Assert.StartsWith("../sources.html#source-", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal(deal.Status.Count, page.QuerySelectorAll(".status-history > li").Length);
    }

    [Fact]
    public void Shows_kind_date_place_term_and_scope()
    {
        var page = SampleSite.Rendered.Page("deals/foton-catl-2025.html");
        var values = page.QuerySelectorAll(".key-values dd").Select(d => d.TextContent).ToList();

        Assert.Contains("Strategic cooperation agreement", page.QuerySelector(".eyebrow")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Signed, 8 February 2025", "8 February 2025", "Ningde, Fujian", "ten years"], values);
        Assert.Equal(3, page.QuerySelectorAll(".scope li").Length);
    }

    [Fact]
    public void Lists_related_deals_both_ways_and_related_events()
    {
        var older = SampleSite.Rendered.Page("deals/baic-catl-2023.html");
        var newer = SampleSite.Rendered.Page("deals/foton-catl-2025.html");

        Assert.Equal("../deals/foton-catl-2025.html", older.QuerySelector("#related-heading + ul a")!.GetAttribute("href"));
        Assert.Equal("../deals/baic-catl-2023.html", newer.QuerySelector("#related-heading + ul a")!.GetAttribute("href"));
        Assert.Equal(["event-baic-catl-cooperation-begins", "event-baic-catl-signing"], older.QuerySelectorAll(".timeline > li").Select(li => li.Id));
    }

    [Fact]
    public void Shows_differing_reports_side_by_side_with_their_times_never_merged()
    {
        var page = SampleSite.Rendered.Page("deals/xiaomi-great-wall-2021.html");
        var xiaomi = page.QuerySelectorAll(".comparison").Single(c => c.TextContent.Contains("Xiaomi, 26 March 2021", StringComparison.Ordinal));
        var reports = xiaomi.QuerySelectorAll(".report");

        Assert.Equal(["early trading", "afternoon"], reports.Select(r => r.QuerySelector(".report-time")!.TextContent));
        Assert.Equal(["as much as 6.71%", "more than 9%"], reports.Select(r => r.QuerySelector(".report-value")!.TextContent));
        Assert.Equal(["fact-xiaomi-share-early", "fact-xiaomi-share-afternoon"], reports.Select(r => r.Id));
        Assert.Equal(["[1]", "[2]"], reports.Select(r => r.QuerySelector(".cite")!.TextContent.Replace("Source ", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_fact_of_the_deal_carries_its_stable_anchor()
    {
        var page = SampleSite.Rendered.Page("deals/baic-catl-2023.html");

        Assert.NotNull(page.GetElementById("fact-bjev-sales-2022"));
        Assert.NotNull(page.GetElementById("fact-catl-baic-cooperation-since-2010"));
    }
}
