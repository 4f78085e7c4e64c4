using Briefing.Core.Model;
using Briefing.Site.Charts;
using Briefing.Site.Views;

namespace Briefing.Site.Pages;

/// <summary>One company: its names, family, people, deals, facts and events.</summary>
/// <remarks>
/// Key facts are only those the content gives: no "Headquarters: Not stated" or "Parent: None
/// recorded", as in the PDF. <c>HasKeyValues</c>: whether there is any key fact to show at all.<br/>
/// <c>IndexHref</c>: the companies index, the page's breadcrumb.<br/>
/// </remarks>
internal sealed record CompanyPage(
    string Name,
    string? ChineseName,
    IReadOnlyList<string> Aliases,
    string? Headquarters,
    IReadOnlyList<CompanyRole> Roles,
    string? Description,
    IReadOnlyList<CitationView> Cites,
    LinkView? Parent,
    IReadOnlyList<CitationView> ParentCites,
    IReadOnlyList<LinkView> Subsidiaries,
    IReadOnlyList<PersonView> People,
    IReadOnlyList<CompanyDealView> Deals,
    IReadOnlyList<FactItemView> Facts,
    IReadOnlyList<EventView> Events,
    IReadOnlyList<ChartView> Charts,
    string IndexHref)
{
    public bool HasKeyValues => Aliases.Count > 0 || Headquarters is not null || Parent is not null || Subsidiaries.Count > 0;

    public static CompanyPage Build(PageContext context, Company company)
    {
        var model = context.Model;
        var facts = model.FactsAbout(company.Id);
        return new CompanyPage(
            company.Name,
            company.ChineseName,
            company.Aliases,
            string.IsNullOrWhiteSpace(company.Headquarters) ? null : company.Headquarters,
            company.Roles,
            company.Description,
            context.Cite(company.Cites),
            context.ParentOf(company),
            context.Cite(company.ParentCites),
            [.. model.SubsidiariesOf(company.Id).Select(c => context.Company(c.Id))],
            [.. company.People.Select(p => new PersonView(p.Name, p.Role, context.Cite(p.Cites)))],
            [.. model.DealsOf(company.Id).Select(d => new CompanyDealView(
                context.DealSummary(d),
                string.Join(", ", d.Parties.Where(p => p.CompanyId == company.Id).Select(p => p.Role))))],
            context.FactItems(facts),
            [.. model.EventsOfCompany(company.Id).Select(context.Event)],
            context.Charts(facts.Select(f => f.Id)),
            context.Link(SitePaths.CompaniesIndex));
    }
}

/// <summary>A deal on a company's page, with the company's role in it.</summary>
internal sealed record CompanyDealView(DealSummaryView Deal, string Role);
