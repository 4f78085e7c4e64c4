using Briefing.Site.Map;
using Briefing.Site.Views;

namespace Briefing.Site.Pages;

/// <summary>Companies and the deals between them, as a picture and as text.</summary>
internal sealed record MapPage(MapView Map, IReadOnlyList<MapCompanyView> Companies, IReadOnlyList<DealSummaryView> Deals)
{
    public static MapPage Build(PageContext context)
    {
        var model = context.Model;
        var graph = RelationshipGraph.From(model);
        var map = MapViewBuilder.Build(graph, id => context.Link(SitePaths.Company(id)), id => context.Link(SitePaths.Deal(id)));
        // The text lists every company, mapped or not, so no company page is unreachable.
        var companies = model.Companies.Select(c => new MapCompanyView(
            context.Company(c.Id),
            [.. model.DealsOf(c.Id).Select(d => context.Deal(d.Id))],
            context.ParentOf(c))).ToList();
        return new MapPage(map, companies, [.. model.Deals.Select(context.DealSummary)]);
    }
}
