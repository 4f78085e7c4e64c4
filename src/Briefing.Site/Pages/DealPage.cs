using Briefing.Core.Model;
using Briefing.Site.Charts;
using Briefing.Site.Views;

namespace Briefing.Site.Pages;

/// <summary>One deal: who, what kind, what happened when, where, how long, what it covers, and the evidence.</summary>
/// <remarks>
/// The page's key facts are only those that apply: the current status with its own date; the
/// first step when the history has more than one; signing date and place only for a signed deal;
/// the term when given, or "Not stated" for a signed deal. An unsigned deal never reads "Not signed"
/// under a "Place" label.<br/>
/// <c>First</c>: the first status step when there are later ones, else null.<br/>
/// <c>IndexHref</c>: the deals index, the page's breadcrumb.<br/>
/// </remarks>
internal sealed record DealPage(
    string Title,
    DealKind Kind,
    StatusStep? First,
    Signing? Signed,
    string? Term,
    IReadOnlyList<string> Scope,
    string Summary,
    IReadOnlyList<CitationView> Cites,
    IReadOnlyList<PartyView> Parties,
    IReadOnlyList<StatusStepView> Status,
    StatusStep? Current,
    IReadOnlyList<FactItemView> Facts,
    IReadOnlyList<EventView> Events,
    IReadOnlyList<DealSummaryView> Related,
    IReadOnlyList<ChartView> Charts,
    string IndexHref)
{
    public static DealPage Build(PageContext context, Deal deal)
    {
        var model = context.Model;
        var facts = model.FactsOfDeal(deal.Id);
        // Related both ways (deals this one names, and deals that name it): the model made the relation symmetric.
        var related = deal.Related.Select(model.Deal);
        return new DealPage(
            deal.Title,
            deal.Kind,
            deal.Status.Count > 1 ? deal.Status[0] : null,
            deal.Signed,
            deal.Term,
            deal.Scope,
            deal.Summary,
            context.Cite(deal.Cites),
            [.. deal.Parties.Select(p => new PartyView(context.Company(p.CompanyId), model.Company(p.CompanyId).ChineseName, p.Role))],
            [.. deal.Status.Select(s => new StatusStepView(s.Status, s.Date, s.Note, context.Cite(s.Cites)))],
            deal.CurrentStatus,
            context.FactItems(facts),
            [.. model.EventsOfDeal(deal.Id).Select(context.Event)],
            [.. related.Select(context.DealSummary)],
            context.Charts(facts.Select(f => f.Id)),
            context.Link(SitePaths.DealsIndex));
    }
}
