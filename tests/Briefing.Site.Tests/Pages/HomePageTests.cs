using AngleSharp.Dom;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Pages;

public sealed class HomePageTests
{
    private static IDocument Home => SampleSite.Rendered.Page("index.html");

    [Fact]
    public void Shows_title_subtitle_edition_and_executive_summary()
    {
        Assert.Equal("Batteries, brands and borrowed factories", Home.QuerySelector("h1")!.TextContent);
        Assert.Contains("How BAIC, CATL", Home.QuerySelector(".subtitle")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2025-03", Home.QuerySelector(".eyebrow time")!.GetAttribute("datetime"));
        Assert.Equal("March 2025", Home.QuerySelector(".eyebrow time")!.TextContent);
        Assert.Equal("BAIC Group", Home.QuerySelector(".home-summary strong")!.TextContent);
        Assert.Equal("Batteries, brands and borrowed factories", Home.Title);
    }

    [Fact]
    public void Links_the_pdf_relatively()
    {
        Assert.Equal("briefing.pdf", Home.QuerySelector(".hero-actions a.button")!.GetAttribute("href"));
        Assert.Equal("briefing.pdf", Home.QuerySelector(".nav-pdf")!.GetAttribute("href"));
    }

    [Fact]
    public void Lists_takeaways_with_their_sources_and_supporting_facts()
    {
        var takeaways = Home.QuerySelectorAll(".home-takeaways .point");

        Assert.Equal(3, takeaways.Length);
        Assert.Equal(["[1]", "[2]"], takeaways[1].QuerySelectorAll(".point-text .cite").Select(a => a.TextContent.Replace("Source ", "", StringComparison.Ordinal)));
        Assert.Equal(["facts.html#fact-xiaomi-share-early", "facts.html#fact-xiaomi-share-afternoon"],
            takeaways[1].QuerySelectorAll(".evidence a:not(.cite)").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Shows_key_figures_large_with_qualifier_time_and_citation()
    {
        var figures = Home.QuerySelectorAll(".key-figure");

        Assert.Equal(4, figures.Length);
        var move = figures[2];
        Assert.Equal("more than", move.QuerySelector(".key-figure-qualifier")!.TextContent);
        Assert.EndsWith("9%", move.QuerySelector(".key-figure-value")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("26 March 2021, afternoon", move.QuerySelector(".key-figure-when")!.TextContent);
        Assert.Equal("sources.html#source-reuters-xiaomi-great-wall-2021", move.QuerySelector(".cite")!.GetAttribute("href"));
    }

    [Fact]
    public void A_key_figure_that_another_report_gives_differently_shows_that_report_with_its_time_and_citation()
    {
        var figures = Home.QuerySelectorAll(".key-figure");
        var move = figures[2];
        var other = Assert.Single(move.QuerySelectorAll(".key-figure-other"));

        Assert.Equal("Another report: as much as 6.71% (early trading) [1]", other.TextContent.Replace("Source ", "", StringComparison.Ordinal).Trim());
        Assert.Equal("sources.html#source-republished-xiaomi-great-wall-2021", other.QuerySelector(".cite")!.GetAttribute("href"));
        Assert.Equal("facts.html#fact-xiaomi-share-early", other.QuerySelector("a:not(.cite)")!.GetAttribute("href"));
        Assert.All(figures.Where(f => f != move), f => Assert.Empty(f.QuerySelectorAll(".key-figure-other")));
    }

    [Fact]
    public void An_exact_figure_prints_no_empty_qualifier()
    {
        var exact = Home.QuerySelectorAll(".key-figure")[0];

        Assert.Equal("50,179 vehicles", exact.QuerySelector(".key-figure-value")!.TextContent);
        Assert.Null(exact.QuerySelector(".key-figure-qualifier"));
    }

    [Fact]
    public void Lists_every_deal_with_a_link_to_its_page()
    {
        var links = Home.QuerySelectorAll(".deal-card .card-title a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["deals/xiaomi-great-wall-2021.html", "deals/xiaomi-baic-2022.html", "deals/baic-catl-2023.html", "deals/foton-catl-2025.html"], links);
    }

    [Fact]
    public void Draws_every_chart_as_an_accessible_svg()
    {
        var charts = Home.QuerySelectorAll("svg.chart-svg[role=img]");

        // Each chart is drawn twice, for a wide column and for a phone: a screen reader meets it once.
        Assert.Equal(2, charts.Length);
        Assert.All(Home.QuerySelectorAll("svg.chart-narrow"), svg => Assert.Equal("true", svg.GetAttribute("aria-hidden")));
        foreach (var svg in charts)
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            var ids = svg.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.Equal("title", Home.GetElementById(ids[0])!.LocalName);
            Assert.Equal("desc", Home.GetElementById(ids[1])!.LocalName);
        }

        var sales = Home.GetElementById("chart-bjev-annual-sales")!;
        Assert.Equal(["26,127 vehicles", "50,179 vehicles"], sales.QuerySelectorAll(".chart-wide .chart-value").Select(t => t.TextContent));
        Assert.Equal(["26,127 vehicles", "50,179 vehicles"], sales.QuerySelectorAll(".chart-narrow .chart-value").Select(t => t.TextContent));
        Assert.Equal(2, sales.QuerySelectorAll(".chart-wide rect.chart-bar").Length);
        var moves = Home.GetElementById("chart-share-moves-2021-03-26")!;
        Assert.Equal(["as much as 6.71%", "more than 9%", "more than 8%", "more than 15%"], moves.QuerySelectorAll(".chart-wide .chart-value").Select(t => t.TextContent));
        Assert.Equal(4, moves.QuerySelectorAll(".chart-data tbody tr").Length);
    }
}
