using Briefing.Core.Model;
using Briefing.Core.Reports;
using Briefing.Testing.Fixtures;

namespace Briefing.Site.Tests.Reports;

public sealed class DifferingReportsTests
{
    [Fact]
    public void Early_trading_and_afternoon_reports_of_one_move_are_grouped_in_the_order_of_the_day()
    {
        var groups = DifferingReports.Find(SampleBriefing.Create().Facts);

        // Great Wall's Hong Kong and Shanghai shares are two moves, not one: the segment keeps them apart.
        Assert.Equal(3, groups.Count);
        var xiaomi = Assert.Single(groups, g => g[0].Figure!.SubjectId == "xiaomi");
        Assert.Equal(["xiaomi-share-early", "xiaomi-share-afternoon"], xiaomi.Select(f => f.Id));
        Assert.Contains(groups, g => g.Select(f => f.Id).SequenceEqual(["great-wall-hk-early", "great-wall-hk-afternoon"]));
        Assert.Contains(groups, g => g.Select(f => f.Id).SequenceEqual(["great-wall-sh-early", "great-wall-sh-afternoon"]));
    }

    [Fact]
    public void A_conversion_into_another_currency_is_not_a_differing_report()
    {
        var groups = DifferingReports.Find(SampleBriefing.Create().Facts);

        Assert.DoesNotContain(groups, g => g.Any(f => f.Id.StartsWith("bluepark-raise", StringComparison.Ordinal)));
    }

    [Fact]
    public void Two_sources_with_the_same_figure_at_the_same_time_do_not_differ()
    {
        var figure = new Figure("vehicle sales", "bjev", null, null, 50179m, null, "vehicles", Qualifier.Exact, Period.TryParse("2022"), null, null, null, null);
        Fact[] facts = [new("a", "A", figure, [new Citation("s1")], [], []), new("b", "B", figure, [new Citation("s2")], [], [])];

        Assert.Empty(DifferingReports.Find(facts));
    }

    [Fact]
    public void The_heading_names_metric_subject_segment_and_date()
    {
        var figure = SampleBriefing.Create().Fact("great-wall-hk-early").Figure!;

        Assert.Equal("Share price change — Great Wall Motor, Hong Kong shares, 26 March 2021", DifferingReports.Heading(figure, "Great Wall Motor"));
    }

    [Theory]
    [InlineData("early trading", "afternoon")]
    [InlineData("morning", "close")]
    [InlineData("afternoon", "after the report")]
    public void Times_of_day_sort_as_the_day_runs(string earlier, string later)
    {
        Assert.True(TimeOfDayOrder.Rank(earlier) < TimeOfDayOrder.Rank(later));
    }
}
