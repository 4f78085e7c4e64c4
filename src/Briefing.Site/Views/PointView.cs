namespace Briefing.Site.Views;

/// <summary>A takeaway, risk or outlook point: Markdown text, the sources behind it, and its facts.</summary>
internal sealed record PointView(string Text, IReadOnlyList<CitationView> Cites, IReadOnlyList<FactView> Facts);
