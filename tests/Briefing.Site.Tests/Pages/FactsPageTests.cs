using AngleSharp.Dom;
using Briefing.Testing.Fixtures;
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
    public void Every_cell_holds_all_its_content_in_one_element_so_a_narrow_screen_keeps_it_beside_the_label()
    {
        // On a phone each cell is a grid of two: its label (::before) and its content. A bare ", "
        // between company links would be a grid item of its own and land in the label's column.
        var cells = SampleSite.Rendered.Page("facts.html").QuerySelectorAll("#facts-table tbody td");

        Assert.All(cells, td =>
        {
            var only = Assert.Single(td.Children);
            Assert.Equal("cell", only.ClassName);
            Assert.DoesNotContain(td.ChildNodes, n => n.NodeType == NodeType.Text && n.TextContent.Trim().Length > 0);
        });
    }

    [Fact]
    public void Each_row_links_to_itself_by_a_name_readers_understand_not_by_its_id()
    {
        var model = SampleBriefing.Create();
        var page = SampleSite.Rendered.Page("facts.html");
        var ids = model.Facts.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(page.QuerySelectorAll("main a"), a => ids.Contains(a.TextContent.Trim()) || a.TextContent.StartsWith("Row ", StringComparison.Ordinal));
        var link = page.GetElementById("fact-xiaomi-share-afternoon")!.QuerySelector("a.fact-link")!;
        Assert.Equal("#fact-xiaomi-share-afternoon", link.GetAttribute("href"));
        Assert.Equal("¶", link.QuerySelector("[aria-hidden=true]")!.TextContent);
        Assert.Equal("Link to this fact: Xiaomi, share price change: more than 9% (26 March 2021, afternoon)",
            link.QuerySelector(".visually-hidden")!.TextContent);
        Assert.All(page.QuerySelectorAll("#facts-table tbody tr"), row =>
            Assert.Equal("#" + row.Id, row.QuerySelector("a.fact-link")!.GetAttribute("href")));
    }

    [Fact]
    public void Differing_reports_link_to_their_rows_by_what_the_rows_say()
    {
        var page = SampleSite.Rendered.Page("facts.html");
        var links = page.QuerySelectorAll(".comparisons .report-links a:not(.cite)");

        // Three comparisons (Xiaomi, Great Wall's Hong Kong and Shanghai shares) of two reports each.
        Assert.Equal(6, links.Length);
        Assert.All(links, a => Assert.StartsWith("In the table below: ", a.TextContent, StringComparison.Ordinal));
        Assert.Contains(links, a => a.GetAttribute("href") == "facts.html#fact-great-wall-hk-afternoon"
            && a.TextContent.EndsWith("more than 15% (26 March 2021, afternoon)", StringComparison.Ordinal));
    }

    [Fact]
    public void Lists_the_reports_that_differ_side_by_side()
    {
        var page = SampleSite.Rendered.Page("facts.html");
        var comparisons = page.QuerySelectorAll(".comparisons .comparison");

        Assert.Equal(3, comparisons.Length);
        Assert.All(comparisons, c => Assert.Equal(["early trading", "afternoon"], c.QuerySelectorAll(".report-time").Select(t => t.TextContent)));
    }
}
