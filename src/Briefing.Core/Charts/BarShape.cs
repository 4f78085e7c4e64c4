namespace Briefing.Core.Charts;

/// <summary>Where one bar, its label lines and its value text go.</summary>
/// <remarks>
/// <c>LabelAnchor</c>: Where the first label line starts (for vertical bars: its centre).<br/>
/// <c>ValueAnchor</c>: Where the value text starts (vertical: its centre, above the bar end).<br/>
/// </remarks>
public sealed record BarShape(
    BarDatum Datum,
    ChartRect Bar,
    (double X, double Y) LabelAnchor,
    IReadOnlyList<string> LabelLines,
    (double X, double Y) ValueAnchor);
