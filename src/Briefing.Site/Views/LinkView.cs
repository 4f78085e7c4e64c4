namespace Briefing.Site.Views;

/// <summary>A link as templates print it: an href relative to the page, and its text.</summary>
internal sealed record LinkView(string Href, string Text);
