using Briefing.Core.Model;

namespace Briefing.Core.Charts;

/// <summary>
/// A bar chart laid out: its size, the plot area, the bars, the value-axis ticks and where zero is.
/// Plain numbers only, no drawing: the site turns it into SVG; the PDF could draw it on its canvas.
/// </summary>
public sealed record BarChartLayout(
    ChartKind Kind,
    double Width,
    double Height,
    ChartRect Plot,
    double Zero,
    IReadOnlyList<BarShape> Bars,
    IReadOnlyList<AxisTick> Ticks);
