using Briefing.Site.Views;

namespace Briefing.Site.Pages;

/// <summary>A page to render: where it goes, which template draws it, and how to build the data it gets.</summary>
/// <remarks>The view is built when the page renders, so building views runs in parallel with rendering, one page per worker.</remarks>
internal sealed record SitePage(string Path, string Template, PageFrame Frame, Func<object> BuildView);
