using Briefing.Core.Model;

namespace Briefing.Core.Tests.Model;

/// <summary>
/// The model's lookups are indexes built once; each must answer exactly what a scan of the whole
/// model answers, items and order. The example briefing is the input because it has every kind
/// of link (several parties, parents, events through deals, facts citing two sources); the
/// property holds for any content, so an edit to the example cannot break it.
/// </summary>
public sealed class BriefingModelLookupTests
{
    private static readonly BriefingModel Model = BriefingContent.Load(Repository.ContentDirectory).Model!;

    [Fact]
    public void Every_lookup_answers_what_a_scan_of_the_model_answers_in_the_same_order()
    {
        var m = Model;
        Assert.All(m.Sources, s => Assert.Equal(m.Facts.Where(f => f.Cites.Any(c => c.SourceId == s.Id)), m.FactsCiting(s.Id)));
        Assert.All(m.Deals, d => Assert.Equal(m.Facts.Where(f => f.Deals.Contains(d.Id)), m.FactsOfDeal(d.Id)));
        Assert.All(m.Deals, d => Assert.Equal(m.Events.Where(e => e.Deals.Contains(d.Id)), m.EventsOfDeal(d.Id)));
        Assert.All(m.Companies, c =>
        {
            var deals = m.Deals.Where(d => d.Parties.Any(p => p.CompanyId == c.Id)).ToList();
            Assert.Equal(deals, m.DealsOf(c.Id));
            Assert.Equal(m.Facts.Where(f => f.About.Contains(c.Id) || f.Figure?.SubjectId == c.Id), m.FactsAbout(c.Id));
            Assert.Equal(m.Events.Where(e => e.Companies.Contains(c.Id) || e.Deals.Any(id => deals.Any(d => d.Id == id))), m.EventsOfCompany(c.Id));
            Assert.Equal(m.Companies.Where(s => s.ParentId == c.Id), m.SubsidiariesOf(c.Id));
        });
        Assert.All(m.Facts, f => Assert.Equal(m.Charts.Where(c => c.Bars.Any(b => b.FactId == f.Id)), m.ChartsPlotting(f.Id)));
        Assert.Equal(m.Facts.Where(f => f.Figure is not null), m.Figures);
        Assert.Empty(m.FactsOfDeal("no-such-deal"));
    }

    [Fact]
    public void The_example_exercises_the_lookups_it_tests()
    {
        // Guards the test above against passing on empty answers.
        Assert.Contains(Model.Companies, c => Model.EventsOfCompany(c.Id).Count > 0);
        Assert.Contains(Model.Companies, c => Model.DealsOf(c.Id).Count > 1);
        Assert.Contains(Model.Facts, f => Model.ChartsPlotting(f.Id).Count > 0);
        Assert.Contains(Model.Companies, c => Model.SubsidiariesOf(c.Id).Count > 0);
        Assert.Contains(Model.Deals, d => d.Related.Count > 0);
    }

    [Fact]
    public void Related_deals_are_symmetric_and_in_deal_order()
    {
        var m = Model;
        var order = m.Deals.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i);
        Assert.All(m.Deals, d =>
        {
            Assert.All(d.Related, other => Assert.Contains(d.Id, m.Deal(other).Related));
            Assert.Equal(d.Related.OrderBy(id => order[id]), d.Related);
            Assert.DoesNotContain(d.Id, d.Related);
        });
    }
}
