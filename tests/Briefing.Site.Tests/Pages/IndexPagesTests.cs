using Briefing.Core.Model;
using Briefing.Site.Pages;
using Briefing.Testing.Fixtures;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Pages;

/// <summary>The deals and companies indexes, the navigation that leads to them, and the breadcrumbs that lead back.</summary>
public sealed class IndexPagesTests
{
    private static readonly BriefingModel Model = SampleBriefing.Create();

    [Fact]
    public void The_deals_index_lists_every_deal_with_its_kind_parties_and_status_with_its_own_date()
    {
        var rows = SampleSite.Rendered.Page("deals/index.html").QuerySelectorAll(".deals-index tbody tr");

        Assert.Equal(Model.Deals.Select(d => $"../deals/{d.Id}.html"), rows.Select(r => r.QuerySelector("th a")!.GetAttribute("href")));
        foreach (var (deal, row) in Model.Deals.Zip(rows))
        {
            var cells = row.QuerySelectorAll("td");
            Assert.Equal(deal.Title, row.QuerySelector("th")!.TextContent.Trim());
            Assert.Equal(EnumLabelOf(deal.Kind), cells[0].TextContent.Trim());
            Assert.Equal(deal.Parties.Select(p => $"../companies/{p.CompanyId}.html"), cells[1].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
            var status = cells[2].QuerySelector(".deal-status")!;
            Assert.Equal(deal.CurrentStatus!.Date.ToIso(), status.QuerySelector("time")!.GetAttribute("datetime"));
        }

        // The Xiaomi–BAIC talks were denied months after they were reported: the denial carries its own month.
        var denied = rows.Single(r => r.QuerySelector("th a")!.GetAttribute("href") == "../deals/xiaomi-baic-2022.html");
        Assert.Equal("Denied · by March 2023", denied.QuerySelector(".deal-status")!.TextContent.Trim());
    }

    [Fact]
    public void The_companies_index_lists_every_company_with_roles_chinese_name_and_number_of_deals()
    {
        var rows = SampleSite.Rendered.Page("companies/index.html").QuerySelectorAll(".companies-index tbody tr");
        var companies = Model.Companies.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();

        Assert.Equal(companies.Select(c => $"../companies/{c.Id}.html"), rows.Select(r => r.QuerySelector("th a")!.GetAttribute("href")));
        foreach (var (company, row) in companies.Zip(rows))
        {
            Assert.Equal(company.ChineseName, row.QuerySelector(".chinese-name[lang=zh]")?.TextContent);
            Assert.Equal(string.Join(", ", company.Roles.Select(r => EnumLabelOf(r))), row.QuerySelector("td[data-label=Roles]")!.TextContent.Trim());
            Assert.Equal(Model.DealsOf(company.Id).Count.ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector(".deal-count")!.TextContent.Trim());
        }

        Assert.Equal("2", rows.Single(r => r.QuerySelector("th a")!.TextContent == "BAIC Group").QuerySelector(".deal-count")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("index.html", "Overview")]
    [InlineData("deals/index.html", "Deals")]
    [InlineData("deals/baic-catl-2023.html", "Deals")]
    [InlineData("companies/index.html", "Companies")]
    [InlineData("companies/catl.html", "Companies")]
    [InlineData("facts.html", "Facts")]
    public void The_navigation_marks_the_section_of_the_page_and_only_that(string page, string current)
    {
        var nav = SampleSite.Rendered.Page(page).QuerySelectorAll(".site-nav a");

        Assert.Equal(["Overview", "Deals", "Companies", "Timeline", "Facts", "Map", "Sources", "PDF"], nav.Select(a => a.TextContent));
        Assert.Equal([current], nav.Where(a => a.GetAttribute("aria-current") == "page").Select(a => a.TextContent));
    }

    [Fact]
    public void The_404_page_marks_no_section()
    {
        Assert.Empty(SampleSite.Rendered.Page("404.html").QuerySelectorAll(".site-nav a[aria-current]"));
    }

    [Fact]
    public void Deal_and_company_breadcrumbs_lead_to_their_indexes()
    {
        Assert.Equal("../deals/index.html", SampleSite.Rendered.Page("deals/xiaomi-baic-2022.html").QuerySelector(".eyebrow a")!.GetAttribute("href"));
        Assert.Equal("../companies/index.html", SampleSite.Rendered.Page("companies/xiaomi.html").QuerySelector(".eyebrow a")!.GetAttribute("href"));
        Assert.Equal("../deals/index.html", SampleSite.Rendered.Page("companies/xiaomi.html").QuerySelector(".site-nav a[href$='deals/index.html']")!.GetAttribute("href"));
    }

    [Fact]
    public void The_sitemap_lists_both_indexes()
    {
        var xml = SampleSite.Rendered.Text("sitemap.xml");

        Assert.Contains("<loc>deals/index.html</loc>", xml, StringComparison.Ordinal);
        Assert.Contains("<loc>companies/index.html</loc>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deal_or_company_called_index_never_overwrites_its_folders_index()
    {
        Assert.NotEqual(SitePaths.DealsIndex, SitePaths.Deal("index"));
        Assert.NotEqual(SitePaths.CompaniesIndex, SitePaths.Company("index"));
        Assert.Equal("deals/index-talks.html", SitePaths.Deal("index-talks"));
    }

    private static string EnumLabelOf(Enum value) => Briefing.Site.Text.EnumLabels.Label(value);
}
