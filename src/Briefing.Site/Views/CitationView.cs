namespace Briefing.Site.Views;

/// <summary>A source number, linked to its entry on the sources page; printed by <c>{{ cite }}</c>.</summary>
/// <remarks>
/// <c>Tooltip</c>: The source's title and, when given, where in it: "Reuters report, paragraph 2".<br/>
/// </remarks>
internal sealed record CitationView(int Number, string Href, string Tooltip);
