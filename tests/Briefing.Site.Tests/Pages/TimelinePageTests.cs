using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Pages;

public sealed class TimelinePageTests
{
    [Fact]
    public void Groups_every_event_by_year_in_order()
    {
        var page = SampleSite.Rendered.Page("timeline.html");

        Assert.Equal(["2010", "2021", "2022", "2023", "2025"], page.QuerySelectorAll(".timeline-year h2").Select(h => h.TextContent));
        Assert.Equal(6, page.QuerySelectorAll(".timeline > li").Length);
        Assert.Equal(["year-2010", "year-2021", "year-2022", "year-2023", "year-2025"],
            page.QuerySelectorAll(".year-nav a").Select(a => a.GetAttribute("href")!.TrimStart('#')));
    }

    [Fact]
    public void Prints_each_date_at_its_true_precision()
    {
        var page = SampleSite.Rendered.Page("timeline.html");

        string When(string id) => page.GetElementById("event-" + id)!.QuerySelector(".event-date time")!.TextContent;
        string Iso(string id) => page.GetElementById("event-" + id)!.QuerySelector(".event-date time")!.GetAttribute("datetime")!;

        Assert.Equal("2010", When("baic-catl-cooperation-begins"));
        Assert.Equal("August 2022", When("bloomberg-reports-xiaomi-baic"));
        Assert.Equal("2022-08", Iso("bloomberg-reports-xiaomi-baic"));
        Assert.Equal("15 July 2022", When("bluepark-share-offering"));
    }
}
