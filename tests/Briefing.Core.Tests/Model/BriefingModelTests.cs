using Briefing.Core.Model;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Model;

/// <summary>The model's reading order and cross-links, built from a small content folder.</summary>
public sealed class BriefingModelTests
{
    private static BriefingModel Build(ContentFixture fixture)
    {
        var outcome = fixture.Load();
        Assert.False(outcome.HasErrors, string.Join('\n', outcome.Diagnostics));
        return outcome.Model!;
    }

    private static string Fact(string id, string at) => $$"""
        id: {{id}}
        statement: A statement.
        cites: [{source: report, at: {{at}}}]
        deals: [maker-cells]
        """;

    [Fact]
    public void A_deals_facts_follow_the_order_their_source_tells_them_not_their_ids()
    {
        using var fixture = new ContentFixture()
            .With("facts/a-reaction.yaml", Fact("a-reaction", "paragraph 9"))
            .With("facts/z-report.yaml", Fact("z-report", "paragraph 2"))
            .With("facts/m-detail.yaml", Fact("m-detail", "paragraphs 4–5"));

        var model = Build(fixture);

        Assert.Equal(["z-report", "m-detail", "a-reaction"], model.FactsOfDeal("maker-cells").Select(f => f.Id));
    }

    [Fact]
    public void Events_of_the_same_day_follow_their_sources_and_a_tie_is_broken_by_the_next_place_cited()
    {
        const string Reaction = """
            id: a-shares-jump
            date: 2023-03-13
            title: Shares jump on the news
            cites: [{source: report, at: paragraph 2}, {source: release, at: paragraph 2}]
            """;
        const string News = """
            id: b-news
            date: 2023-03-13
            title: The news breaks
            cites: [{source: report, at: paragraph 2}, {source: report, at: paragraph 3}]
            """;
        using var fixture = new ContentFixture().With("events/a-shares-jump.yaml", Reaction).With("events/b-news.yaml", News);

        var sameDay = Build(fixture).Events.Where(e => e.Date == new PartialDate(2023, 3, 13)).Select(e => e.Id).ToList();

        Assert.Equal(["b-news", "a-shares-jump", "signing"], sameDay);
    }

    [Fact]
    public void A_related_deal_named_on_one_side_is_listed_on_both()
    {
        using var fixture = new ContentFixture().With("deals/maker-cells-lease.yaml", """
            id: maker-cells-lease
            title: Maker–Cells leasing company
            kind: joint-venture
            parties: [{company: maker, role: owner}]
            status:
              - {status: established, date: 2023-03, cites: [{source: report}]}
            summary: A leasing company.
            related: [maker-cells]
            cites: [{source: report}]
            """);

        var model = Build(fixture);

        Assert.Equal(["maker-cells"], model.Deal("maker-cells-lease").Related);
        Assert.Equal(["maker-cells-lease"], model.Deal("maker-cells").Related);
    }

    [Theory]
    [InlineData("paragraph 10", 10)]
    [InlineData("paragraphs 3–4", 3)]
    [InlineData("headline", int.MaxValue)]
    [InlineData(null, int.MaxValue)]
    public void A_locator_sorts_by_its_first_number(string? at, int expected) =>
        Assert.Equal(expected, ReadingOrder.Paragraph(at));
}
