using Briefing.Core.Diagnostics;

namespace Briefing.Core.Tests.CuratedContent;

/// <summary>
/// The example briefing in content/, not the code: it loads without a problem and keeps the facts an
/// analyst curated on purpose (the BAIC ownership chain, both Reuters copies, both share-price reports).
/// These are expected to change when the example does; tests of code use <c>ContentFixture</c> instead.
/// </summary>
public sealed class CuratedContentTests
{
    [Fact]
    public void The_real_content_has_no_errors_or_warnings()
    {
        var outcome = BriefingContent.Load(Repository.ContentDirectory);

        Assert.Empty(outcome.Diagnostics.Where(d => d.Severity != Severity.Info).Select(d => d.ToString()));
        Assert.NotNull(outcome.Model);
        Assert.True(outcome.Model.Deals.Count >= 8);
    }

    [Fact]
    public void The_real_content_keeps_each_Reuters_copys_own_description_of_Great_Wall()
    {
        var model = BriefingContent.Load(Repository.ContentDirectory).Model!;

        var describing = model.FactsAbout("great-wall-motor")
            .Where(f => f.Statement.Contains("truck", StringComparison.Ordinal) && f.Figure is null)
            .Select(f => Assert.Single(f.Cites).SourceId)
            .ToList();
        Assert.Equal(["xiaomi-great-wall-republication-2021", "xiaomi-great-wall-translation-2021"], describing.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_real_content_places_BJEV_under_BAIC_BluePark_within_BAIC_Group()
    {
        var model = BriefingContent.Load(Repository.ContentDirectory).Model!;

        Assert.Equal("baic-bluepark", model.Company("bjev").ParentId);
        Assert.Equal("baic-group", model.Company("baic-bluepark").ParentId);
        Assert.Contains(model.SubsidiariesOf("baic-group"), c => c.Id == "baic-bluepark");
    }

    [Fact]
    public void The_real_content_keeps_both_reports_of_the_2021_03_26_share_price_moves()
    {
        var model = BriefingContent.Load(Repository.ContentDirectory).Model!;

        var moves = model.Figures.Where(f => f.Figure!.Metric == "share price change" && f.Figure.AsOf?.ToIso() == "2021-03-26").ToList();
        Assert.Equal(6, moves.Count);
        Assert.Equal(2, moves.Select(f => f.Figure!.TimeOfDay).Distinct().Count());
        Assert.Equal(2, moves.Select(f => f.Cites[0].SourceId).Distinct().Count());
    }
}
