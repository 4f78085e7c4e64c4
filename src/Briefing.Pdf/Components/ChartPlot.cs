using Briefing.Core.Charts;
using Briefing.Core.Model;
using Briefing.Layout.Blocks;
using Briefing.Layout.Canvas;
using Briefing.Layout.Text;
using Briefing.Pdf.Composition;
using Point = Briefing.Layout.Canvas.Point;

namespace Briefing.Pdf.Components;

/// <summary>
/// Draws a <see cref="BarChartLayout"/> on a drawing context. The geometry works in chart units and gives
/// text positions as baselines (as SVG does); here units become points at the theme's chart scale and
/// baselines become line tops through the real font's ascent.
/// </summary>
internal sealed class ChartPlot
{
    private readonly BriefingContext _context;
    private readonly BarChartLayout _layout;
    private readonly double _scale;
    private readonly double _fontSize;

    public ChartPlot(BriefingContext context, PlottedChart chart, double width)
    {
        _context = context;
        _scale = context.Theme.ChartScale;
        _fontSize = context.Theme.ChartText.Size!.Value / _scale;

        // Measured in bold, the heavier of the two weights drawn, so no label outgrows the space it was given.
        var frame = new ChartFrame(width / _scale, _fontSize, (text, size) => context.Measure.Width(text, context.Theme.ChartValue with { Size = size * _scale }) / _scale);
        _layout = chart.Layout(frame);
    }

    public double Height => _layout.Height * _scale;

    public void Draw(DrawingContext canvas)
    {
        var theme = _context.Theme;
        var horizontal = _layout.Kind == ChartKind.HorizontalBar;
        var plot = _layout.Plot;
        foreach (var tick in _layout.Ticks)
        {
            if (horizontal)
            {
                canvas.Line(P(tick.Position, plot.Y), P(tick.Position, plot.Bottom), theme.Gridline);
                Text(canvas, tick.Text, tick.Position, plot.Bottom + (_fontSize * 1.4), theme.ChartText, TextAlignment.Center);
            }
            else
            {
                canvas.Line(P(plot.X, tick.Position), P(plot.Right, tick.Position), theme.Gridline);
                Text(canvas, tick.Text, plot.X - 8, tick.Position + (_fontSize * 0.35), theme.ChartText, TextAlignment.Right);
            }
        }

        foreach (var bar in _layout.Bars)
        {
            canvas.Rectangle(new Rect(bar.Bar.X * _scale, bar.Bar.Y * _scale, bar.Bar.Width * _scale, Math.Max(bar.Bar.Height * _scale, 0.5)), theme.Brand);
            for (var i = 0; i < bar.LabelLines.Count; i++)
            {
                Text(canvas, bar.LabelLines[i], bar.LabelAnchor.X, bar.LabelAnchor.Y + (i * _fontSize * 1.3), theme.ChartText, horizontal ? TextAlignment.Right : TextAlignment.Center);
            }

            Text(canvas, bar.Datum.ValueText, bar.ValueAnchor.X, bar.ValueAnchor.Y, theme.ChartValue, horizontal ? TextAlignment.Left : TextAlignment.Center);
        }

        canvas.Line(
            horizontal ? P(_layout.Zero, plot.Y) : P(plot.X, _layout.Zero),
            horizontal ? P(_layout.Zero, plot.Bottom) : P(plot.Right, _layout.Zero),
            theme.Axis);
    }

    // The geometry gives baselines; the canvas wants the line's top.
    private void Text(DrawingContext canvas, string text, double x, double baseline, TextStyle style, TextAlignment alignment) =>
        canvas.Text(text, P(x, baseline) with { Y = (baseline * _scale) - _context.Measure.Ascent(style) }, style, alignment);

    private Point P(double x, double y) => new(x * _scale, y * _scale);
}
