using Briefing.Testing.Fixtures;
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
    public void A_signed_deal_shows_kind_status_signing_date_and_place_term_and_scope()
    {
        var page = SampleSite.Rendered.Page("deals/foton-catl-2025.html");

        Assert.Contains("Strategic cooperation agreement", page.QuerySelector(".eyebrow")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            [("Status", "Signed, 8 February 2025"), ("Signed", "8 February 2025, Ningde, Fujian"), ("Term", "ten years")],
            KeyFacts("foton-catl-2025"));
        Assert.Equal(3, page.QuerySelectorAll(".scope li").Length);
    }

    [Fact]
    public void A_signed_deal_without_place_or_term_says_the_term_is_not_stated_and_leaves_the_place_out()
    {
        Assert.Equal(
            [("Status", "Signed, 13 March 2023"), ("Signed", "13 March 2023"), ("Term", "Not stated")],
            KeyFacts("baic-catl-2023"));
    }

    [Theory]
    [InlineData("xiaomi-great-wall-2021", "Declined to comment, 26 March 2021", "Reported, 26 March 2021")]
    [InlineData("xiaomi-baic-2022", "Denied, by March 2023", "Reported, August 2022")]
    public void An_unsigned_deal_shows_its_status_and_first_step_never_a_signing_place_or_bare_date(string id, string status, string first)
    {
        var facts = KeyFacts(id);

        Assert.Equal([("Status", status), ("First recorded", first)], facts);
        Assert.DoesNotContain("Not signed", SampleSite.Rendered.Page($"deals/{id}.html").QuerySelector(".key-values")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_step_is_left_out_when_it_is_the_only_one()
    {
        Assert.DoesNotContain(KeyFacts("foton-catl-2025"), f => f.Label == "First recorded");
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

    private static List<(string Label, string Value)> KeyFacts(string id) =>
        [.. SampleSite.Rendered.Page($"deals/{id}.html").QuerySelectorAll(".key-values > div")
            .Select(d => (d.QuerySelector("dt")!.TextContent, d.QuerySelector("dd")!.TextContent))];

    [Fact]
    public void Every_fact_of_the_deal_carries_its_stable_anchor()
    {
        var page = SampleSite.Rendered.Page("deals/baic-catl-2023.html");

        Assert.NotNull(page.GetElementById("fact-bjev-sales-2022"));
        Assert.NotNull(page.GetElementById("fact-catl-baic-cooperation-since-2010"));
    }

    [Fact]
    public void Parties_and_status_history_come_right_after_the_summary_in_reading_order()
    {
        var page = SampleSite.Rendered.Page("deals/xiaomi-great-wall-2021.html");
        var headings = page.QuerySelectorAll(".content-grid h2").Select(h => h.Id).ToList();

        Assert.Equal(["summary-heading", "parties-heading", "history-heading"], headings.Take(3));
        Assert.True(headings.IndexOf("facts-heading") > headings.IndexOf("history-heading"));
    }

    [Fact]
    public void A_chart_has_its_title_as_a_caption_above_the_drawing_and_a_drawing_for_wide_and_narrow_columns()
    {
        var chart = SampleSite.Rendered.Page("deals/xiaomi-great-wall-2021.html").GetElementById("chart-share-moves-2021-03-26")!;

        Assert.Equal("figure", chart.LocalName);
        Assert.Equal("figcaption", chart.FirstElementChild!.LocalName);
        Assert.Equal("Share-price moves on 26 March 2021", chart.FirstElementChild.QuerySelector("h3.chart-title")!.TextContent);
        Assert.Equal(["chart-svg chart-wide is-horizontal", "chart-svg chart-narrow is-horizontal"], chart.QuerySelectorAll("svg").Select(s => s.ClassName));
        // At full width the longest label ("Great Wall (Hong Kong), early trading") stays on one line;
        // in the narrow drawing it wraps rather than shrink.
        Assert.All(chart.QuerySelectorAll(".chart-wide .chart-label"), l => Assert.Single(l.QuerySelectorAll("tspan")));
        Assert.Contains(chart.QuerySelectorAll(".chart-narrow .chart-label"), l => l.QuerySelectorAll("tspan").Length > 1);
        var wide = chart.QuerySelector(".chart-wide")!;
        Assert.Equal(wide.GetAttribute("viewBox"), $"0 0 {wide.GetAttribute("width")} {wide.GetAttribute("height")}");
    }
}
