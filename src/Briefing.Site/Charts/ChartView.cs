namespace Briefing.Site.Charts;

/// <summary>
/// A chart ready for the SVG partial: coordinates already formatted, a title and description
/// for screen readers (ids unique on the page), and the data as table rows beside it.
/// </summary>
internal sealed record ChartView(
    string Id,
    string TitleId,
    string DescriptionId,
    string Title,
    string Description,
    string ViewBox,
    string UnitCaption,
    bool IsHorizontal,
    IReadOnlyList<ChartBarView> Bars,
    IReadOnlyList<ChartTickView> Ticks,
    ChartLineView Baseline,
    IReadOnlyList<ChartRowView> Rows);

/// <summary>A bar, its label lines and its value text, in SVG user units.</summary>
internal sealed record ChartBarView(
    string X, string Y, string Width, string Height,
    string LabelAnchor, IReadOnlyList<ChartTextView> LabelLines,
    string ValueX, string ValueY, string ValueAnchor, string ValueText);

/// <summary>A line of text at a point.</summary>
internal sealed record ChartTextView(string X, string Y, string Text);

/// <summary>A gridline and its tick label.</summary>
internal sealed record ChartTickView(ChartLineView Line, ChartTextView Label, string Anchor);

/// <summary>A straight line.</summary>
internal sealed record ChartLineView(string X1, string Y1, string X2, string Y2);

/// <summary>A row of the chart's data table: the bar's label and its fact, cited.</summary>
internal sealed record ChartRowView(string BarLabel, Views.FactView Fact);
