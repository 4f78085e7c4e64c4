using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Pages;

public sealed class CompanyPageTests
{
    [Fact]
    public void Shows_names_including_the_chinese_name_marked_as_chinese()
    {
        var page = SampleSite.Rendered.Page("companies/baic-group.html");
        var chinese = page.QuerySelector("h1 .chinese-name")!;

        Assert.Equal("北京汽车集团有限公司", chinese.TextContent);
        Assert.Equal("zh", chinese.GetAttribute("lang"));
        Assert.Contains("Beijing Automotive Group", page.QuerySelector(".key-values")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_parent_and_subsidiaries()
    {
        var group = SampleSite.Rendered.Page("companies/baic-group.html");
        var bjev = SampleSite.Rendered.Page("companies/bjev.html");

        Assert.Equal(["baic-bluepark.html", "baic-foton.html"],
            group.QuerySelectorAll(".key-values dd a").Select(a => a.GetAttribute("href")!.Replace("../companies/", "", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains(bjev.QuerySelectorAll(".key-values a"), a => a.GetAttribute("href") == "../companies/baic-bluepark.html");
    }

    [Fact]
    public void Lists_people_deals_facts_and_events()
    {
        var page = SampleSite.Rendered.Page("companies/baic-group.html");

        Assert.Equal(["Jiang Deyi", "Zhang Xiyong"], page.QuerySelectorAll(".person-name").Select(p => p.TextContent));
        Assert.Equal(["../deals/xiaomi-baic-2022.html", "../deals/baic-catl-2023.html"], page.QuerySelectorAll(".deals a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["manufacturer", "carmaker"], page.QuerySelectorAll(".deals .party-role").Select(r => r.TextContent));
        Assert.NotNull(page.GetElementById("fact-catl-baic-cooperation-since-2010"));
        Assert.Contains(page.QuerySelectorAll(".timeline > li"), li => li.Id == "event-baic-catl-signing");
    }

    [Fact]
    public void A_company_in_no_deal_still_gets_a_page_that_says_so()
    {
        var page = SampleSite.Rendered.Page("companies/reuters.html");

        Assert.Contains("Party to no deal", page.QuerySelector(".empty")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_out_key_facts_the_content_does_not_give_instead_of_printing_filler()
    {
        var site = SampleSite.Rendered;
        var filler = site.Pages.Where(p => p.StartsWith("companies/", StringComparison.Ordinal))
            .Where(p => site.Page(p).Body!.TextContent is var text
                && (text.Contains("Not stated", StringComparison.Ordinal) || text.Contains("None recorded", StringComparison.Ordinal)
                    || text.Contains("No people named", StringComparison.Ordinal)));

        Assert.Empty(filler);
        // Reuters has no aliases, headquarters, parent, subsidiaries or people: no empty box, no empty aside.
        var reuters = site.Page("companies/reuters.html");
        Assert.Null(reuters.QuerySelector(".key-values"));
        Assert.Null(reuters.QuerySelector(".content-side"));
        // What is given is still shown: CATL's headquarters, BJEV's parent.
        Assert.Equal(["Also called", "Headquarters"], site.Page("companies/catl.html").QuerySelectorAll(".key-values dt").Select(d => d.TextContent));
        Assert.Equal(["Also called", "Parent"], site.Page("companies/bjev.html").QuerySelectorAll(".key-values dt").Select(d => d.TextContent));
    }
}
