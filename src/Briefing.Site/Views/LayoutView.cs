namespace Briefing.Site.Views;

/// <summary>The layout's view: the frame and the page body already rendered (the one triple-stash).</summary>
internal sealed record LayoutView(PageFrame Page, string Body);
