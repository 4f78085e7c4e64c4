using Briefing.Core.Model;

namespace Briefing.Site.Pages;

/// <summary>Every page the briefing's site has, in a stable order.</summary>
internal static class SitePages
{
    public static IReadOnlyList<SitePage> All(BriefingModel model, SiteOptions options)
    {
        var frames = new FrameFactory(model, options);
        var pages = new List<SitePage>
        {
            new(SitePaths.Home, "home", frames.For(SitePaths.Home, "Overview"), HomePage.Build(Context(SitePaths.Home), options)),
            new(SitePaths.DealsIndex, "deals", frames.For(SitePaths.DealsIndex, "Deals"), DealsIndexPage.Build(Context(SitePaths.DealsIndex))),
            new(SitePaths.CompaniesIndex, "companies", frames.For(SitePaths.CompaniesIndex, "Companies"), CompaniesIndexPage.Build(Context(SitePaths.CompaniesIndex))),
            new(SitePaths.Timeline, "timeline", frames.For(SitePaths.Timeline, "Timeline"), TimelinePage.Build(Context(SitePaths.Timeline))),
            new(SitePaths.Facts, "facts", frames.For(SitePaths.Facts, "Facts", [FactsPage.Script]), FactsPage.Build(Context(SitePaths.Facts))),
            new(SitePaths.Sources, "sources", frames.For(SitePaths.Sources, "Sources"), SourcesPage.Build(Context(SitePaths.Sources))),
            new(SitePaths.Map, "map", frames.For(SitePaths.Map, "Relationship map"), MapPage.Build(Context(SitePaths.Map))),
            NotFound(frames, options),
        };

        foreach (var deal in model.Deals)
        {
            var path = SitePaths.Deal(deal.Id);
            pages.Add(new SitePage(path, "deal", frames.For(path, deal.Title), DealPage.Build(Context(path), deal)));
        }

        foreach (var company in model.Companies)
        {
            var path = SitePaths.Company(company.Id);
            pages.Add(new SitePage(path, "company", frames.For(path, company.Name), CompanyPage.Build(Context(path), company)));
        }

        return pages;

        PageContext Context(string path) => new(model, path);
    }

    private static SitePage NotFound(FrameFactory frames, SiteOptions options)
    {
        var frame = frames.For(SitePaths.NotFound, "Page not found", baseHref: options.BaseUrl?.AbsoluteUri);
        return new SitePage(
            SitePaths.NotFound, "not-found", frame, new NotFoundPage(SitePaths.Home, SitePaths.Facts, SitePaths.Sources));
    }
}
