using Briefing.Core.Model;

namespace Briefing.Core.Charts;

/// <summary>
/// Lays out a bar chart: vertical bars with labels below, or horizontal bars with labels on
/// the left. Deterministic, renderer-neutral and free of Briefing.Site types, so it can move to
/// Briefing.Core for the PDF to share.
/// </summary>
public static class BarChartGeometry
{
    private const double Gap = 8;
    private const decimal ValueLabelHeadroom = 0.1m;

    // A horizontal chart gives its bar labels at most this share of its width; longer labels wrap.
    private const double HorizontalLabelShare = 0.38;

    /// <summary>
    /// The width at which a horizontal chart's longest label fits on one line (with a gap to spare),
    /// for renderers that can widen a chart rather than wrap its labels.
    /// </summary>
    public static double WidthForOneLineLabels(IReadOnlyList<BarDatum> bars, ChartFrame frame) =>
        Math.Ceiling((bars.Max(b => frame.MeasureText(b.Label, frame.FontSize)) + (2 * Gap)) / HorizontalLabelShare);

    public static BarChartLayout Layout(
        ChartKind kind, IReadOnlyList<BarDatum> bars, Func<decimal, string> tickText, ChartFrame frame)
    {
        // Vertical bars print their value above the bar: keep room for it under the top of the axis.
        var scale = NiceScale.For(bars.Select(b => b.Value), headroom: kind == ChartKind.HorizontalBar ? 0m : ValueLabelHeadroom);
        var ticks = scale.Ticks().Select(v => (Value: v, Text: tickText(v))).ToList();
        return kind == ChartKind.HorizontalBar
            ? Horizontal(bars, scale, ticks, frame)
            : Vertical(bars, scale, ticks, frame);
    }

    private static BarChartLayout Vertical(
        IReadOnlyList<BarDatum> bars, NiceScale scale, List<(decimal Value, string Text)> ticks, ChartFrame frame)
    {
        var left = ticks.Max(t => frame.MeasureText(t.Text, frame.FontSize)) + (Gap * 2);
        var band = (frame.Width - left - Gap) / Math.Max(1, bars.Count);
        var labels = bars.Select(b => TextWrap.Lines(b.Label, band - Gap, frame)).ToList();
        var labelHeight = (labels.Max(l => l.Count) * frame.LineHeight) + Gap;
        const double plotHeight = 240;
        var top = frame.LineHeight + Gap;
        var plot = new ChartRect(left, top, frame.Width - left - Gap, plotHeight);
        var zero = scale.Position(0, plot.Bottom, plot.Y);
        var barWidth = Math.Min(band * 0.6, 96);

        var shapes = bars.Select((bar, i) =>
        {
            var x = plot.X + (i * band) + ((band - barWidth) / 2);
            var end = scale.Position(bar.Value, plot.Bottom, plot.Y);
            var rect = new ChartRect(x, Math.Min(zero, end), barWidth, Math.Abs(zero - end));
            var centre = x + (barWidth / 2);
            var valueY = bar.Value >= 0 ? rect.Y - (Gap / 2) : rect.Bottom + frame.LineHeight;
            return new BarShape(bar, rect, (centre, plot.Bottom + frame.LineHeight), labels[i], (centre, valueY));
        }).ToList();

        var axis = ticks.Select(t => new AxisTick(t.Value, t.Text, scale.Position(t.Value, plot.Bottom, plot.Y))).ToList();
        return new BarChartLayout(ChartKind.Bar, frame.Width, plot.Bottom + labelHeight, plot, zero, shapes, axis);
    }

    private static BarChartLayout Horizontal(
        IReadOnlyList<BarDatum> bars, NiceScale scale, List<(decimal Value, string Text)> ticks, ChartFrame frame)
    {
        var labelWidth = Math.Min(frame.Width * HorizontalLabelShare, bars.Max(b => frame.MeasureText(b.Label, frame.FontSize)) + Gap);
        var labels = bars.Select(b => TextWrap.Lines(b.Label, labelWidth - Gap, frame)).ToList();
        var valueWidth = bars.Max(b => frame.MeasureText(b.ValueText, frame.FontSize)) + Gap;
        var rowHeight = Math.Max(frame.LineHeight * 2, (labels.Max(l => l.Count) * frame.LineHeight) + Gap);
        var plot = new ChartRect(labelWidth + Gap, Gap, frame.Width - labelWidth - Gap - valueWidth, rowHeight * bars.Count);
        var zero = scale.Position(0, plot.X, plot.Right);
        var barHeight = Math.Min(rowHeight * 0.6, 28);

        var shapes = bars.Select((bar, i) =>
        {
            var y = plot.Y + (i * rowHeight) + ((rowHeight - barHeight) / 2);
            var end = scale.Position(bar.Value, plot.X, plot.Right);
            var rect = new ChartRect(Math.Min(zero, end), y, Math.Abs(end - zero), barHeight);
            var middle = y + (barHeight / 2);
            var firstLine = middle - ((labels[i].Count - 1) * frame.LineHeight / 2) + (frame.FontSize * 0.35);
            return new BarShape(bar, rect, (labelWidth, firstLine), labels[i], (Math.Max(rect.Right, zero) + (Gap / 2), middle + (frame.FontSize * 0.35)));
        }).ToList();

        var axis = ticks.Select(t => new AxisTick(t.Value, t.Text, scale.Position(t.Value, plot.X, plot.Right))).ToList();
        return new BarChartLayout(ChartKind.HorizontalBar, frame.Width, plot.Bottom + (frame.LineHeight * 2), plot, zero, shapes, axis);
    }
}
