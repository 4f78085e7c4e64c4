namespace Briefing.Site.Views;

/// <summary>A navigation entry; the current page's is marked for assistive technology.</summary>
internal sealed record NavItem(string Href, string Text, bool IsCurrent);
