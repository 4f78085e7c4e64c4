using Briefing.Core.Model;

namespace Briefing.Core.Charts;

/// <summary>
/// A model chart as both products plot it: the bars whose facts carry figures, in the chart's order; their
/// values, as written when all share a scale word ("8 billion") and absolute otherwise; the unit caption
/// ("Values in units") and the axis tick text. Renderers add only the frame and the drawing.
/// </summary>
public sealed class PlottedChart
{
    private PlottedChart(Chart chart, IReadOnlyList<(ChartBar Bar, Fact Fact)> bars)
    {
        Chart = chart;
        Bars = bars;
        var figures = bars.Select(b => b.Fact.Figure!).ToList();

        // Bars share a unit (validated). When they also share a scale, plot the numbers as written.
        var scales = figures.Select(f => f.Scale).Distinct().ToList();
        var asWritten = scales.Count == 1;
        Unit = figures[0].Unit;
        Data = [.. bars.Select(b => new BarDatum(b.Bar.Label, asWritten ? b.Fact.Figure!.Value : b.Fact.Figure!.AbsoluteValue, FigureText.Format(b.Fact.Figure!)))];
        UnitCaption = Caption(Unit, asWritten ? scales[0] : null);
    }

    public Chart Chart { get; }

    /// <summary>The bars that have a figure to plot, each with its fact.</summary>
    public IReadOnlyList<(ChartBar Bar, Fact Fact)> Bars { get; }

    public IReadOnlyList<BarDatum> Data { get; }

    public string Unit { get; }

    /// <summary>What the values are in ("units", "CNY billion"); empty for percentages, whose ticks say so.</summary>
    public string UnitCaption { get; }

    /// <summary>The chart, or null when none of its bars is a figure (the validator says so first).</summary>
    public static PlottedChart? From(Chart chart, BriefingModel model)
    {
        List<(ChartBar Bar, Fact Fact)> bars = [.. chart.Bars
            .Select(b => (Bar: b, Fact: model.Facts.FirstOrDefault(f => f.Id == b.FactId)))
            .Where(p => p.Fact?.Figure is not null)
            .Select(p => (p.Bar, p.Fact!))];
        return bars.Count == 0 ? null : new PlottedChart(chart, bars);
    }

    /// <summary>The chart laid out in <paramref name="frame"/>.</summary>
    public BarChartLayout Layout(ChartFrame frame) => BarChartGeometry.Layout(Chart.Kind, Data, TickText, frame);

    private string TickText(decimal value) => FigureText.Number(value) + (Unit == "percent" ? "%" : "");

    private static string Caption(string unit, Scale? scale)
    {
        var word = scale is { } s ? FigureText.ScaleWord(s) : null;
        return unit switch
        {
            "percent" => "",
            "percentage-points" => "percentage points",
            _ when FigureText.IsCurrency(unit) => word is null ? unit : $"{unit} {word}",
            _ => word is null ? unit : $"{word} {unit}",
        };
    }
}
