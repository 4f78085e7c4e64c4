using Briefing.Site.Views;

namespace Briefing.Site.Pages;

/// <summary>A page to render: where it goes, which template draws it, and the data it gets.</summary>
internal sealed record SitePage(string Path, string Template, PageFrame Frame, object View);
