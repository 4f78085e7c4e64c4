namespace Briefing.Site.Templates;

/// <summary>One template's text, the name pages and partials call it by (<c>deal</c>, <c>fact-list</c>), and the path errors name it by.</summary>
internal sealed record TemplateSource(string Name, string ShownPath, string Text);
