namespace Briefing.Site.Views;

/// <summary>One entry of a fact list: a single fact, or differing reports shown side by side.</summary>
internal sealed record FactItemView(FactView? Fact, ComparisonView? Comparison);
