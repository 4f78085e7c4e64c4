namespace Briefing.Site.Views;

/// <summary>
/// Reports of the same figure that differ, e.g. a share-price move in early trading and in the
/// afternoon. Shown side by side, each with its time and source; never merged into one number.
/// </summary>
internal sealed record ComparisonView(string Heading, IReadOnlyList<FactView> Reports);
