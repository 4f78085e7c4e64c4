using Briefing.Site.Tests.Fixtures;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Pages;

public sealed class FactsPageTests
{
    [Fact]
    public void Every_fact_is_one_row_with_its_stable_anchor_figure_and_sources()
    {
        var model = SampleBriefing.Create();
        var page = SampleSite.Rendered.Page("facts.html");
        var rows = page.QuerySelectorAll("#facts-table tbody tr");

        Assert.Equal(model.Facts.Select(f => "fact-" + f.Id), rows.Select(r => r.Id));
        Assert.All(rows, r => Assert.NotEmpty(r.QuerySelectorAll(".cite")));
        var afternoon = page.GetElementById("fact-xiaomi-share-afternoon")!;
        Assert.Equal("more than 9%", afternoon.QuerySelector("td[data-label=Figure]")!.TextContent);
        Assert.Equal("26 March 2021, afternoon", afternoon.QuerySelector("td[data-label=When]")!.TextContent);
    }

    [Fact]
    public void Is_readable_without_javascript_the_filters_appear_only_with_the_script()
    {
        var page = SampleSite.Rendered.Page("facts.html");

        Assert.True(page.GetElementById("fact-filters")!.HasAttribute("hidden"));
        Assert.Empty(page.QuerySelectorAll("#facts-table tr[hidden]"));
        var script = Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal("assets/facts-filter.js", script.GetAttribute("src"));
        Assert.Equal("", script.TextContent);
    }

    [Fact]
    public void Rows_carry_what_the_filters_match_and_the_filters_offer_it()
    {
        var page = SampleSite.Rendered.Page("facts.html");
        var row = page.GetElementById("fact-catl-baic-cooperation-since-2010")!;

        Assert.Equal("baic-group catl", row.GetAttribute("data-companies"));
        Assert.Equal("", row.GetAttribute("data-metric"));
        Assert.Equal("baic-group-press-release-2023", row.GetAttribute("data-sources"));
        Assert.Contains(page.QuerySelectorAll("#filter-metric option"), o => o.GetAttribute("value") == "share price change");
        Assert.Equal(6, page.QuerySelectorAll("#filter-source option").Length);
        Assert.NotNull(page.QuerySelector("label[for=filter-company]"));
    }

    [Fact]
    public void Lists_the_reports_that_differ_side_by_side()
    {
        var page = SampleSite.Rendered.Page("facts.html");
        var comparisons = page.QuerySelectorAll(".comparisons .comparison");

        Assert.Equal(2, comparisons.Length);
        Assert.All(comparisons, c => Assert.Equal(["early trading", "afternoon"], c.QuerySelectorAll(".report-time").Select(t => t.TextContent)));
    }
}
