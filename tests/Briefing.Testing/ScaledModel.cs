using Briefing.Core.Model;

namespace Briefing.Testing;

/// <summary>
/// A briefing <c>times</c> as large as a given one, for measuring the renderers at scale: every source,
/// company, deal, fact, event and chart is cloned; copy 1 keeps its ids, copy k (from 2) has every id
/// suffixed <c>-k</c> and every reference inside it rewritten to copy k, so the copies cite, link and group
/// among themselves exactly as the original does. Names and titles get " k" so the copies read apart. The
/// briefing's own text (summary, key figures, risks) is kept once and still names copy 1.
/// </summary>
public static class ScaledModel
{
    public static BriefingModel Of(BriefingModel model, int times)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        var copies = Enumerable.Range(1, times).Select(k => new Copy(k)).ToList();
        return new BriefingModel(
            model.Info,
            copies.SelectMany(c => model.Sources.Select(c.Of)),
            copies.SelectMany(c => model.Companies.Select(c.Of)),
            copies.SelectMany(c => model.Deals.Select(c.Of)),
            copies.SelectMany(c => model.Facts.Select(c.Of)),
            copies.SelectMany(c => model.Events.Select(c.Of)),
            copies.SelectMany(c => model.Charts.Select(c.Of)));
    }

    private sealed class Copy(int k)
    {
        private string Id(string id) => k == 1 ? id : $"{id}-{k}";

        private string? OptionalId(string? id) => id is null ? null : Id(id);

        private string Name(string name) => k == 1 ? name : $"{name} {k}";

        private List<string> Ids(IEnumerable<string> ids) => [.. ids.Select(Id)];

        private List<Citation> Cites(IEnumerable<Citation> cites) => [.. cites.Select(c => c with { SourceId = Id(c.SourceId) })];

        public Source Of(Source source) => source with { Id = Id(source.Id), Title = Name(source.Title) };

        public Company Of(Company company) => company with
        {
            Id = Id(company.Id),
            Name = Name(company.Name),
            ParentId = OptionalId(company.ParentId),
            ParentCites = Cites(company.ParentCites),
            Cites = Cites(company.Cites),
            People = [.. company.People.Select(p => p with { Cites = Cites(p.Cites) })],
        };

        public Deal Of(Deal deal) => deal with
        {
            Id = Id(deal.Id),
            Title = Name(deal.Title),
            Parties = [.. deal.Parties.Select(p => p with { CompanyId = Id(p.CompanyId) })],
            Status = [.. deal.Status.Select(s => s with { Cites = Cites(s.Cites) })],
            Cites = Cites(deal.Cites),
            Related = Ids(deal.Related),
        };

        public Fact Of(Fact fact) => fact with
        {
            Id = Id(fact.Id),
            Figure = fact.Figure is null ? null : fact.Figure with
            {
                SubjectId = OptionalId(fact.Figure.SubjectId),
                GrowthOf = fact.Figure.GrowthOf is { } growth ? new Growth(Id(growth.FromFactId), Id(growth.ToFactId)) : null,
                ConvertedFrom = fact.Figure.ConvertedFrom is { } from ? new Conversion(Id(from.AmountFactId), Id(from.RateFactId)) : null,
            },
            Cites = Cites(fact.Cites),
            About = Ids(fact.About),
            Deals = Ids(fact.Deals),
        };

        public TimelineEvent Of(TimelineEvent item) => item with
        {
            Id = Id(item.Id),
            Title = Name(item.Title),
            Deals = Ids(item.Deals),
            Companies = Ids(item.Companies),
            Facts = Ids(item.Facts),
            Cites = Cites(item.Cites),
        };

        public Chart Of(Chart chart) => chart with
        {
            Id = Id(chart.Id),
            Title = Name(chart.Title),
            Bars = [.. chart.Bars.Select(b => b with { FactId = Id(b.FactId) })],
        };
    }
}
