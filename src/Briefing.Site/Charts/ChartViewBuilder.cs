using System.Globalization;
using Briefing.Core.Charts;
using Briefing.Core.Model;
using Briefing.Site.Views;

namespace Briefing.Site.Charts;

/// <summary>Turns a model chart into an SVG-ready <see cref="ChartView"/> via the neutral <see cref="BarChartGeometry"/>.</summary>
internal static class ChartViewBuilder
{
    private const double MaxWideWidth = 880;

    /// <summary>Laid out for a phone: 360 units shown at about 290–480 px keep 14-unit text at 11–19 px.</summary>
    private static readonly ChartFrame NarrowFrame = ChartFrame.Default with { Width = 360 };

    /// <summary>The chart, or null when none of its bars is a figure (the validator should have said so).</summary>
    public static ChartView? Build(Chart chart, BriefingModel model, Func<Fact, FactView> factView)
    {
        if (PlottedChart.From(chart, model) is not { } plotted)
        {
            return null;
        }

        var id = "chart-" + chart.Id;
        return new ChartView(
            id,
            chart.Title,
            chart.Description,
            plotted.UnitCaption,
            chart.Kind == ChartKind.HorizontalBar,
            Drawing("wide", id, plotted, WideFrame(plotted)),
            Drawing("narrow", null, plotted, NarrowFrame),
            [.. plotted.Bars.Select(p => new ChartRowView(p.Bar.Label, factView(p.Fact)))]);
    }

    /// <summary>
    /// The default frame, widened for a horizontal chart until its longest label fits on one line, up
    /// to a limit: a label wrapped onto two lines at 1280 px squeezes the plot.
    /// </summary>
    private static ChartFrame WideFrame(PlottedChart plotted)
    {
        var frame = ChartFrame.Default;
        if (plotted.Chart.Kind != ChartKind.HorizontalBar)
        {
            return frame;
        }

        return frame with { Width = Math.Clamp(BarChartGeometry.WidthForOneLineLabels(plotted.Data, frame), frame.Width, MaxWideWidth) };
    }

    private static ChartDrawingView Drawing(string variant, string? id, PlottedChart plotted, ChartFrame frame)
    {
        var chart = plotted.Chart;
        var layout = plotted.Layout(frame);
        return new ChartDrawingView(
            variant,
            id is null ? null : id + "-title",
            id is null ? null : id + "-desc",
            chart.Title,
            chart.Description,
            $"0 0 {N(layout.Width)} {N(layout.Height)}",
            N(layout.Width),
            N(layout.Height),
            layout.Kind == ChartKind.HorizontalBar,
            [.. layout.Bars.Select(b => Bar(b, layout, frame))],
            [.. layout.Ticks.Select(t => Tick(t, layout, frame))],
            Baseline(layout));
    }

    private static ChartBarView Bar(BarShape shape, BarChartLayout layout, ChartFrame frame)
    {
        var horizontal = layout.Kind == ChartKind.HorizontalBar;
        var lineHeight = frame.LineHeight;
        var lines = shape.LabelLines
            .Select((text, i) => new ChartTextView(N(shape.LabelAnchor.X), N(shape.LabelAnchor.Y + (i * lineHeight)), text))
            .ToList();
        return new ChartBarView(
            N(shape.Bar.X), N(shape.Bar.Y), N(shape.Bar.Width), N(Math.Max(shape.Bar.Height, 0.5)),
            horizontal ? "end" : "middle", lines,
            N(shape.ValueAnchor.X), N(shape.ValueAnchor.Y), horizontal ? "start" : "middle", shape.Datum.ValueText);
    }

    private static ChartTickView Tick(AxisTick tick, BarChartLayout layout, ChartFrame frame)
    {
        var plot = layout.Plot;
        var font = frame.FontSize;
        return layout.Kind == ChartKind.HorizontalBar
            ? new ChartTickView(
                new ChartLineView(N(tick.Position), N(plot.Y), N(tick.Position), N(plot.Bottom)),
                new ChartTextView(N(tick.Position), N(plot.Bottom + (font * 1.4)), tick.Text),
                "middle")
            : new ChartTickView(
                new ChartLineView(N(plot.X), N(tick.Position), N(plot.Right), N(tick.Position)),
                new ChartTextView(N(plot.X - 8), N(tick.Position + (font * 0.35)), tick.Text),
                "end");
    }

    private static ChartLineView Baseline(BarChartLayout layout) =>
        layout.Kind == ChartKind.HorizontalBar
            ? new ChartLineView(N(layout.Zero), N(layout.Plot.Y), N(layout.Zero), N(layout.Plot.Bottom))
            : new ChartLineView(N(layout.Plot.X), N(layout.Zero), N(layout.Plot.Right), N(layout.Zero));

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
