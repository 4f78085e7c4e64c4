using Briefing.Core.Model;

namespace Briefing.Pdf.Composition;

/// <summary>
/// Where each fact's statement is printed in full, so none is lost: a fact about a deal is listed with the
/// deal; a fact about a company in its profile, unless it concerns one of the company's own deals (listed
/// there). Facts with no such home in this briefing's sections are the other facts, printed together in the
/// companies section (else in key figures); figures are all in the key figures' "All figures" table as well.
/// </summary>
internal sealed class FactHomes
{
    private readonly BriefingModel _model;
    private readonly SectionCatalog _sections;

    // Each deal's and company's list, worked out once here (the profiles ask again) rather than per question.
    private readonly Dictionary<string, IReadOnlyList<Fact>> _ofDeal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Fact>> _ofCompany = new(StringComparer.Ordinal);

    public FactHomes(BriefingModel model, SectionCatalog sections)
    {
        _model = model;
        _sections = sections;
        foreach (var deal in model.Deals)
        {
            _ofDeal[deal.Id] = DealFacts(deal.Id);
        }

        foreach (var company in model.Companies)
        {
            _ofCompany[company.Id] = CompanyFacts(company.Id);
        }

        var homed = new HashSet<string>(StringComparer.Ordinal);
        homed.UnionWith(_ofDeal.Values.SelectMany(f => f).Select(f => f.Id));
        homed.UnionWith(_ofCompany.Values.SelectMany(f => f).Select(f => f.Id));
        Homeless = [.. model.Facts.Where(f => !homed.Contains(f.Id))];
        OthersSection = sections.Contains(SectionKind.Companies) ? SectionKind.Companies
            : sections.Contains(SectionKind.KeyFigures) ? SectionKind.KeyFigures
            : null;
        var figuresListed = sections.Contains(SectionKind.KeyFigures);
        Others = OthersSection is null ? [] : [.. Homeless.Where(f => f.Figure is null || !figuresListed)];
    }

    /// <summary>Facts no deal or company profile of this briefing lists.</summary>
    public IReadOnlyList<Fact> Homeless { get; }

    /// <summary>The section that ends with the other facts, if the briefing has one that can hold them.</summary>
    public SectionKind? OthersSection { get; }

    /// <summary>The facts the other-facts list prints: the homeless ones, less the figures the figures table lists.</summary>
    public IReadOnlyList<Fact> Others { get; }

    /// <summary>The facts a deal's profile lists.</summary>
    public IReadOnlyList<Fact> OfDeal(string dealId) => _ofDeal.TryGetValue(dealId, out var facts) ? facts : DealFacts(dealId);

    /// <summary>The facts a company's profile lists: those about it, less the ones listed with its own deals.</summary>
    public IReadOnlyList<Fact> OfCompany(string companyId) => _ofCompany.TryGetValue(companyId, out var facts) ? facts : CompanyFacts(companyId);

    private IReadOnlyList<Fact> DealFacts(string dealId) =>
        _sections.Contains(SectionKind.Deals) ? _model.FactsOfDeal(dealId) : [];

    private IReadOnlyList<Fact> CompanyFacts(string companyId)
    {
        if (!_sections.Contains(SectionKind.Companies))
        {
            return [];
        }

        var ownDeals = _sections.Contains(SectionKind.Deals)
            ? _model.DealsOf(companyId).Select(d => d.Id).ToHashSet(StringComparer.Ordinal)
            : [];
        return [.. _model.FactsAbout(companyId).Where(f => !f.Deals.Any(ownDeals.Contains))];
    }
}
