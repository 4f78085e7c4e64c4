namespace Briefing.Site.Charts;

/// <summary>
/// A chart ready for the partials: its title and description (printed above the drawing, as the
/// PDF puts a heading above), the drawing laid out twice, and the data as table rows beside it.
/// </summary>
/// <remarks>
/// <c>Wide</c> and <c>Narrow</c>: the same bars laid out for a wide column and for a phone. An SVG
/// scaled down to a phone's width would shrink its text to 6–7 px; the narrow layout keeps it
/// near its natural size. The stylesheet shows one of them, chosen by the width of the chart's
/// column (not the screen's), without container queries.<br/>
/// </remarks>
internal sealed record ChartView(
    string Id,
    string Title,
    string Description,
    string UnitCaption,
    bool IsHorizontal,
    ChartDrawingView Wide,
    ChartDrawingView Narrow,
    IReadOnlyList<ChartRowView> Rows);

/// <summary>
/// One SVG drawing of a chart: coordinates already formatted, and for the wide drawing a title and
/// description for screen readers (ids unique on the page).
/// </summary>
/// <remarks>
/// <c>Variant</c>: "wide" or "narrow", the class the stylesheet sizes it by (one of the two is drawn 0 px wide).<br/>
/// <c>TitleId</c>, <c>DescriptionId</c>: null for the narrow drawing, a visual repeat of the wide one
/// hidden from assistive technology, so a screen reader meets each chart once.<br/>
/// <c>Width</c>, <c>Height</c>: the natural size in px (one viewBox unit a pixel): the drawing shrinks
/// to a narrower column but never grows past it, so its text is never larger than the page's.<br/>
/// </remarks>
internal sealed record ChartDrawingView(
    string Variant,
    string? TitleId,
    string? DescriptionId,
    string Title,
    string Description,
    string ViewBox,
    string Width,
    string Height,
    bool IsHorizontal,
    IReadOnlyList<ChartBarView> Bars,
    IReadOnlyList<ChartTickView> Ticks,
    ChartLineView Baseline);

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
