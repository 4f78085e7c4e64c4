namespace Briefing.Site.Views;

/// <summary>A person a source names, with the role it gives them.</summary>
internal sealed record PersonView(string Name, string Role, IReadOnlyList<CitationView> Cites);
