namespace Briefing.Core.Model;

/// <summary>
/// Everything a briefing says, validated and cross-linked. Renderers read only this.
/// Lists are in a stable reading order; lookups answer the questions every page asks
/// (what cites this source, which deals has this company).
/// </summary>
public sealed class BriefingModel
{
    private readonly Dictionary<string, Source> _sources;
    private readonly Dictionary<string, Company> _companies;
    private readonly Dictionary<string, Deal> _deals;
    private readonly Dictionary<string, Fact> _facts;
    private readonly Dictionary<string, int> _sourceNumbers;
    private readonly LookupIndex<Fact> _factsCiting;
    private readonly LookupIndex<Deal> _dealsOf;
    private readonly LookupIndex<Fact> _factsAbout;
    private readonly LookupIndex<Fact> _factsOfDeal;
    private readonly LookupIndex<TimelineEvent> _eventsOfDeal;
    private readonly LookupIndex<TimelineEvent> _eventsOfCompany;
    private readonly LookupIndex<Company> _subsidiaries;
    private readonly LookupIndex<Chart> _chartsPlotting;

    public BriefingModel(
        BriefingInfo info,
        IEnumerable<Source> sources,
        IEnumerable<Company> companies,
        IEnumerable<Deal> deals,
        IEnumerable<Fact> facts,
        IEnumerable<TimelineEvent> events,
        IEnumerable<Chart> charts)
    {
        Info = info;
        // Sources are numbered in order of publication so [1] is the oldest article.
        Sources = [.. sources.OrderBy(s => s.Published).ThenBy(s => s.Id, StringComparer.Ordinal)];
        Companies = [.. companies.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Id, StringComparer.Ordinal)];
        Deals = RelatedBothWays([.. deals.OrderBy(d => d.KeyDate).ThenBy(d => d.Id, StringComparer.Ordinal)]);
        _sourceNumbers = Sources.Select((s, i) => (s.Id, i + 1)).ToDictionary(p => p.Id, p => p.Item2, StringComparer.Ordinal);

        // Facts, and events of the same day, in the order their sources tell them: the report before the reaction.
        Facts = [.. facts.OrderBy(f => ReadingOrder.Key(f.Cites, _sourceNumbers)).ThenBy(f => f.Id, StringComparer.Ordinal)];
        Events = [.. events.OrderBy(e => e.Date).ThenBy(e => ReadingOrder.Key(e.Cites, _sourceNumbers)).ThenBy(e => e.Id, StringComparer.Ordinal)];
        Charts = [.. charts.OrderBy(c => c.Id, StringComparer.Ordinal)];

        _sources = Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _companies = Companies.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _deals = Deals.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _facts = Facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        Figures = [.. Facts.Where(f => f.Figure is not null)];

        // Every question a page asks, answered once here rather than by a scan per page.
        _factsCiting = new(Facts, f => f.Cites.Select(c => c.SourceId));
        _dealsOf = new(Deals, d => d.Parties.Select(p => p.CompanyId));
        _factsAbout = new(Facts, f => f.About.Append(f.Figure?.SubjectId));
        _factsOfDeal = new(Facts, f => f.Deals);
        _eventsOfDeal = new(Events, e => e.Deals);
        // A company's events: those naming it, and those of a deal it is party to.
        _eventsOfCompany = new(Events, e => e.Companies.Concat(e.Deals
            .SelectMany(id => _deals.TryGetValue(id, out var deal) ? deal.Parties.Select(p => p.CompanyId) : [])));
        _subsidiaries = new(Companies, c => [c.ParentId]);
        _chartsPlotting = new(Charts, c => c.Bars.Select(b => b.FactId));
    }

    public BriefingInfo Info { get; }
    public IReadOnlyList<Source> Sources { get; }
    public IReadOnlyList<Company> Companies { get; }
    public IReadOnlyList<Deal> Deals { get; }
    public IReadOnlyList<Fact> Facts { get; }
    public IReadOnlyList<TimelineEvent> Events { get; }
    public IReadOnlyList<Chart> Charts { get; }

    public Source Source(string id) => _sources[id];
    public Company Company(string id) => _companies[id];
    public Deal Deal(string id) => _deals[id];
    public Fact Fact(string id) => _facts[id];

    /// <summary>The 1-based number a source carries in citations ("[3]").</summary>
    public int SourceNumber(string sourceId) => _sourceNumbers[sourceId];

    /// <summary>Facts citing a source, for backlinks.</summary>
    public IReadOnlyList<Fact> FactsCiting(string sourceId) => _factsCiting[sourceId];

    /// <summary>Deals a company is a party to.</summary>
    public IReadOnlyList<Deal> DealsOf(string companyId) => _dealsOf[companyId];

    /// <summary>Facts about a company: named in <c>about</c> or the subject of its figure.</summary>
    public IReadOnlyList<Fact> FactsAbout(string companyId) => _factsAbout[companyId];

    /// <summary>Facts that concern a deal.</summary>
    public IReadOnlyList<Fact> FactsOfDeal(string dealId) => _factsOfDeal[dealId];

    /// <summary>Events that concern a deal.</summary>
    public IReadOnlyList<TimelineEvent> EventsOfDeal(string dealId) => _eventsOfDeal[dealId];

    /// <summary>Events that concern a company, directly or through one of its deals.</summary>
    public IReadOnlyList<TimelineEvent> EventsOfCompany(string companyId) => _eventsOfCompany[companyId];

    /// <summary>Companies whose parent is the given company.</summary>
    public IReadOnlyList<Company> SubsidiariesOf(string companyId) => _subsidiaries[companyId];

    /// <summary>Charts with a bar for the given fact, in chart order.</summary>
    public IReadOnlyList<Chart> ChartsPlotting(string factId) => _chartsPlotting[factId];

    /// <summary>Facts with a figure, in the briefing's order.</summary>
    public IReadOnlyList<Fact> Figures { get; }

    // "Related" is a relation between two deals: a deal that names another is listed on both, in deal order,
    // so an analyst writes the link once and no page shows it one-sided.
    // Linear in the links: each deal's partners are the ones it names plus the ones naming it, put in deal order.
    private static List<Deal> RelatedBothWays(List<Deal> deals)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < deals.Count; i++)
        {
            order.TryAdd(deals[i].Id, i);
        }

        var namedBy = new LookupIndex<Deal>(deals, d => d.Related);
        return [.. deals.Select(deal => deal with
        {
            Related = [.. deal.Related.Concat(namedBy[deal.Id].Select(d => d.Id))
                .Where(id => id != deal.Id && order.ContainsKey(id))
                .Distinct(StringComparer.Ordinal)
                .OrderBy(id => order[id])],
        })];
    }
}
