namespace Briefing.Core.Model;

/// <summary>A chart of figures, drawn the same way by the site and the PDF.</summary>
public sealed record Chart(string Id, string Title, string Description, ChartKind Kind, IReadOnlyList<ChartBar> Bars);

/// <summary>One bar: a figure (by fact id) and its label.</summary>
public sealed record ChartBar(string FactId, string Label);
