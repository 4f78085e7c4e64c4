using Briefing.Core.Model;
using Briefing.Site.Text;
using Briefing.Site.Views;

namespace Briefing.Site.Pages;

/// <summary>Builds the layout's frame for each page: title, navigation, PDF link, language.</summary>
/// <remarks>
/// The header's brand is the title's short form: the part before a colon, if any ("Batteries, Brands
/// and Factories" of "Batteries, Brands and Factories: China's …"), so it fits one line.
/// </remarks>
internal sealed class FrameFactory(BriefingModel model, SiteOptions options)
{
    private static readonly (string Path, string Text)[] Navigation =
    [
        (SitePaths.Home, "Overview"),
        (SitePaths.DealsIndex, "Deals"),
        (SitePaths.CompaniesIndex, "Companies"),
        (SitePaths.Timeline, "Timeline"),
        (SitePaths.Facts, "Facts"),
        (SitePaths.Map, "Map"),
        (SitePaths.Sources, "Sources"),
    ];

    public PageFrame For(string pagePath, string title, IReadOnlyList<string>? scripts = null, string? baseHref = null)
    {
        var root = SitePaths.RootOf(pagePath);
        var info = model.Info;
        return new PageFrame(
            pagePath == SitePaths.Home ? info.Title : $"{title} — {info.Title}",
            info.Title,
            ShortTitle(info.Title),
            LanguageTag.Clean(info.Language) ?? "en",
            root,
            [.. Navigation.Select(n => new NavItem(root + n.Path, n.Text, IsCurrent(n.Path, pagePath)))],
            root + Uri.EscapeDataString(options.PdfFileName),
            info.Publisher,
            info.Edition,
            [.. (scripts ?? []).Select(s => root + s)],
            baseHref);
    }

    private static string ShortTitle(string title)
    {
        var colon = title.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? title[..colon].Trim() : title;
    }

    /// <summary>
    /// The page itself, or, for an index (<c>deals/index.html</c>), any page in its folder: a deal's
    /// page is "in" Deals. The 404 page is in no section.
    /// </summary>
    private static bool IsCurrent(string navPath, string pagePath) =>
        navPath == pagePath
        || (navPath.EndsWith("/index.html", StringComparison.Ordinal)
            && SitePaths.FolderOf(navPath) == SitePaths.FolderOf(pagePath));
}
