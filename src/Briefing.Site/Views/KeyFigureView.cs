namespace Briefing.Site.Views;

/// <summary>A key figure on the home page, with any report that gives the same measure differently.</summary>
/// <remarks>
/// <c>Qualifier</c>: the hedge in words ("more than"); empty for an exact figure, and then not printed.<br/>
/// <c>OtherReports</c>: the same measure as other reports give it (<see cref="Core.Reports.DifferingReports"/>),
/// each shown with its time and its own citation, as the PDF's card does: "Another report: more than 8% (early trading) [1]".<br/>
/// </remarks>
internal sealed record KeyFigureView(FactView Fact, string Qualifier, IReadOnlyList<FactView> OtherReports);
