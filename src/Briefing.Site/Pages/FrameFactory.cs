using Briefing.Core.Model;
using Briefing.Site.Text;
using Briefing.Site.Views;

namespace Briefing.Site.Pages;

/// <summary>Builds the layout's frame for each page: title, navigation, PDF link, language.</summary>
internal sealed class FrameFactory(BriefingModel model, SiteOptions options)
{
    private static readonly (string Path, string Text)[] Navigation =
    [
        (SitePaths.Home, "Overview"),
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
            LanguageTag.Clean(info.Language) ?? "en",
            root,
            [.. Navigation.Select(n => new NavItem(root + n.Path, n.Text, n.Path == pagePath))],
            root + Uri.EscapeDataString(options.PdfFileName),
            info.Publisher,
            info.Edition,
            [.. (scripts ?? []).Select(s => root + s)],
            baseHref);
    }
}
