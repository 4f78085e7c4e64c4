using Briefing.Testing.Fixtures;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Pages;

public sealed class MapPageTests
{
    [Fact]
    public void Every_node_links_to_a_company_and_every_edge_to_a_deal_or_subsidiary()
    {
        var page = SampleSite.Rendered.Page("map.html");
        var nodes = page.QuerySelectorAll("svg .map-node");
        var deals = page.QuerySelectorAll("svg .map-edge:not(.is-ownership)");

        Assert.Equal(7, nodes.Length);
        Assert.All(nodes, a => Assert.StartsWith("companies/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal(SampleBriefing.Create().Deals.Select(d => $"deals/{d.Id}.html").Order(StringComparer.Ordinal),
            deals.Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
        Assert.All(page.QuerySelectorAll("svg .map-edge"), a => Assert.NotEmpty(a.QuerySelector("title")!.TextContent));
        Assert.Equal(3, page.QuerySelectorAll("svg .map-edge.is-ownership").Length);
    }

    [Fact]
    public void A_company_link_is_named_by_the_whole_name_however_the_label_is_broken_into_lines()
    {
        var page = SampleSite.Rendered.Page("map.html");
        var names = SampleBriefing.Create().Companies.ToDictionary(c => $"companies/{c.Id}.html", c => c.Name);

        Assert.All(page.QuerySelectorAll("svg .map-node"), a =>
        {
            var name = names[a.GetAttribute("href")!];
            Assert.Equal(name, a.QuerySelector("title")!.TextContent);
            Assert.Equal(name, string.Join(' ', a.QuerySelectorAll(".map-node-label tspan").Select(t => t.TextContent)));
        });
    }

    [Fact]
    public void The_three_party_deal_is_one_link_whose_lines_meet_at_a_hub()
    {
        var page = SampleSite.Rendered.Page("map.html");
        var talks = Assert.Single(page.QuerySelectorAll("svg .map-edge"), a => a.GetAttribute("href") == "deals/xiaomi-baic-2022.html");

        Assert.Contains("is-hub", talks.ClassList);
        Assert.NotNull(talks.QuerySelector("circle.map-hub"));
        Assert.Equal(3, talks.QuerySelector(".map-edge-line")!.GetAttribute("d")!.Split('M', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("three or more companies", page.QuerySelector(".map-legend")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_every_company_and_deal_as_text_too()
    {
        var page = SampleSite.Rendered.Page("map.html");

        Assert.Equal(8, page.QuerySelectorAll("#companies-heading + ul > li").Length);
        Assert.Equal(4, page.QuerySelectorAll("#deals-heading + ul > li").Length);
    }

    [Fact]
    public void The_same_model_draws_the_same_map()
    {
        var again = RenderedSite.Of(SampleBriefing.Create()).Text("map.html");

        Assert.Equal(SampleSite.Rendered.Text("map.html"), again);
    }
}
