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
            Page(SitePaths.Home, "home", "Overview", context => HomePage.Build(context, options)),
            Page(SitePaths.DealsIndex, "deals", "Deals", DealsIndexPage.Build),
            Page(SitePaths.CompaniesIndex, "companies", "Companies", CompaniesIndexPage.Build),
            Page(SitePaths.Timeline, "timeline", "Timeline", TimelinePage.Build),
            Page(SitePaths.Facts, "facts", "Facts", FactsPage.Build, [FactsPage.Script]),
            Page(SitePaths.Sources, "sources", "Sources", SourcesPage.Build),
            Page(SitePaths.Map, "map", "Relationship map", MapPage.Build),
            NotFound(frames, options),
        };
        pages.AddRange(model.Deals.Select(deal => Page(SitePaths.Deal(deal.Id), "deal", deal.Title, context => DealPage.Build(context, deal))));
        pages.AddRange(model.Companies.Select(company => Page(SitePaths.Company(company.Id), "company", company.Name, context => CompanyPage.Build(context, company))));
        return pages;

        // Each page's frame and views are built for its own path, so every href is relative to it.
        SitePage Page(string path, string template, string title, Func<PageContext, object> build, IReadOnlyList<string>? scripts = null) =>
            new(path, template, frames.For(path, title, scripts), () => build(new PageContext(model, path)));
    }

    private static SitePage NotFound(FrameFactory frames, SiteOptions options)
    {
        var frame = frames.For(SitePaths.NotFound, "Page not found", baseHref: options.BaseUrl?.AbsoluteUri);
        return new SitePage(
            SitePaths.NotFound, "not-found", frame, () => new NotFoundPage(SitePaths.Home, SitePaths.Facts, SitePaths.Sources));
    }
}
