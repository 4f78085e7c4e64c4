using Briefing.Core.Charts;
using Briefing.Core.Model;

namespace Briefing.Core.Tests.Charts;

public sealed class BarChartGeometryTests
{
    private static readonly BarDatum[] Sales = [new("2021", 26127m, "26,127 vehicles"), new("2022", 50179m, "50,179 vehicles")];

    [Fact]
    public void The_scale_is_round_and_covers_zero_and_the_data()
    {
        var scale = NiceScale.For([26127m, 50179m]);

        Assert.Equal(new NiceScale(0m, 60000m, 20000m), scale);
        Assert.Equal([0m, 20000m, 40000m, 60000m], scale.Ticks());
        Assert.Equal(new NiceScale(0m, 15m, 5m), NiceScale.For([6.71m, 9m, 8m, 15m]));
        Assert.Equal(new NiceScale(-40m, 20m, 20m), NiceScale.For([-40m, 15m]));
    }

    [Fact]
    public void Headroom_adds_a_step_only_when_the_top_value_reaches_into_it()
    {
        Assert.Equal(new NiceScale(0m, 6000m, 1000m), NiceScale.For([3385m, 4812m], headroom: 0.1m));
        Assert.Equal(new NiceScale(0m, 60000m, 20000m), NiceScale.For([26127m, 50179m], headroom: 0.1m));
        Assert.Equal(new NiceScale(0m, 5000m, 1000m), NiceScale.For([3385m, 4812m]));
    }

    [Fact]
    public void Vertical_bars_stand_on_zero_with_heights_in_proportion()
    {
        var layout = BarChartGeometry.Layout(ChartKind.Bar, Sales, v => v.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), ChartFrame.Default);
        var (b2021, b2022) = (layout.Bars[0].Bar, layout.Bars[1].Bar);

        Assert.Equal(layout.Plot.Bottom, b2021.Bottom, 6);
        Assert.Equal(layout.Plot.Bottom, b2022.Bottom, 6);
        Assert.Equal(26127.0 / 50179.0, b2021.Height / b2022.Height, 6);
        Assert.True(b2021.Right < b2022.X, "bars do not overlap");
        Assert.True(layout.Bars.All(b => b.Bar.X >= layout.Plot.X && b.Bar.Right <= layout.Plot.Right));
        Assert.Equal("60,000", layout.Ticks[^1].Text);
        Assert.Equal("0", layout.Ticks[0].Text);
        Assert.Equal(layout.Plot.Y, layout.Ticks[^1].Position, 6);
    }

    [Fact]
    public void Horizontal_bars_grow_from_zero_with_labels_on_the_left()
    {
        BarDatum[] moves = [new("Xiaomi, early trading", 6.71m, "as much as 6.71%"), new("Xiaomi, afternoon", 9m, "more than 9%")];

        var layout = BarChartGeometry.Layout(ChartKind.HorizontalBar, moves, v => $"{v}%", ChartFrame.Default);

        Assert.All(layout.Bars, b => Assert.Equal(layout.Zero, b.Bar.X, 6));
        Assert.All(layout.Bars, b => Assert.True(b.LabelAnchor.X < layout.Plot.X));
        Assert.True(layout.Bars[0].Bar.Bottom <= layout.Bars[1].Bar.Y);
        Assert.True(layout.Bars.Max(b => b.ValueAnchor.X) < layout.Width);
    }

    [Fact]
    public void Negative_values_hang_below_zero()
    {
        BarDatum[] change = [new("Up", 15m, "15%"), new("Down", -40m, "-40%")];

        var layout = BarChartGeometry.Layout(ChartKind.Bar, change, v => $"{v}", ChartFrame.Default);

        Assert.Equal(layout.Zero, layout.Bars[0].Bar.Bottom, 6);
        Assert.Equal(layout.Zero, layout.Bars[1].Bar.Y, 6);
    }

    [Fact]
    public void Long_labels_wrap_to_the_space_they_have()
    {
        var lines = TextWrap.Lines("Great Wall (Hong Kong), early trading", 120, ChartFrame.Default);

        Assert.True(lines.Count > 1);
        Assert.Equal("Great Wall (Hong Kong), early trading", string.Join(' ', lines));
    }

    [Fact]
    public void At_the_width_for_one_line_labels_no_horizontal_label_wraps_and_below_it_the_longest_does()
    {
        BarDatum[] bars = [new("Great Wall (Hong Kong) · early trading", 8m, "more than 8%"), new("Xiaomi · afternoon", 9m, "more than 9%")];
        var frame = ChartFrame.Default;
        var width = BarChartGeometry.WidthForOneLineLabels(bars, frame);

        var wide = BarChartGeometry.Layout(ChartKind.HorizontalBar, bars, v => v.ToString(System.Globalization.CultureInfo.InvariantCulture), frame with { Width = width });
        var narrow = BarChartGeometry.Layout(ChartKind.HorizontalBar, bars, v => v.ToString(System.Globalization.CultureInfo.InvariantCulture), frame with { Width = width * 0.6 });

        Assert.All(wide.Bars, b => Assert.Single(b.LabelLines));
        Assert.True(narrow.Bars[0].LabelLines.Count > 1);
    }
}
