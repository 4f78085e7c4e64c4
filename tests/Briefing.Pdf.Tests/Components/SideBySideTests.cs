using Briefing.Core.Model;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Tests.Support;

namespace Briefing.Pdf.Tests.Components;

/// <summary>Reports that differ by time of day stand side by side, never merged.</summary>
public sealed class SideBySideTests
{
    private static RenderedBriefing Sample => RenderedBriefing.Sample;

    [Theory]
    [InlineData("Xiaomi", "as much as 6.71%", "more than 9%")]
    [InlineData("Great Wall Motor · Hong Kong shares", "more than 8%", "more than 15%")]
    [InlineData("Great Wall Motor · Shanghai shares", "more than 7%", "10%")]
    public void Share_price_moves_reported_at_two_times_of_day_appear_side_by_side_with_times_and_sources(string subject, string early, string afternoon)
    {
        var layout = Sample.Layout;
        var canvas = Sample.Canvas;
        var page = layout.AnchorPages[Anchors.Subsection(SectionKind.KeyFigures, "differing")];

        // The row's cells start level; their first baselines differ by the sizes of their text.
        var row = canvas.Texts.Single(t => t.Page == page && t.Text == subject);
        var line = canvas.Texts.Where(t => t.Page == page && Math.Abs(t.Y - row.Y) < 4).OrderBy(t => t.X).ToList();
        var joined = Normalise.Collapse(string.Join(" ", line.Select(t => t.Text)));
        Assert.Contains(subject, joined, StringComparison.Ordinal);
        Assert.True(joined.IndexOf(early, StringComparison.Ordinal) < joined.IndexOf(afternoon, StringComparison.Ordinal), joined);
        Assert.Contains("EARLY TRADING", Sample.PageText(page), StringComparison.Ordinal);
        Assert.Contains("AFTERNOON", Sample.PageText(page), StringComparison.Ordinal);
        Assert.Contains("Republication", Sample.PageText(page), StringComparison.Ordinal);
        Assert.Contains("Machine translation", Sample.PageText(page), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_figure_keeps_its_own_marker()
    {
        var model = TestModels.Small();
        var (_, canvas) = Harness.Draw(model, c => Briefing.Pdf.Components.SideBySideReports.Create(c, Briefing.Core.Reports.DifferingReports.Find(model.Facts)));

        var text = Harness.AllText(canvas);
        Assert.Contains("as much as 5%[1]", text, StringComparison.Ordinal);
        Assert.Contains("more than 8%[2]", text, StringComparison.Ordinal);
        Assert.Contains("EARLY TRADING AFTERNOON", text, StringComparison.Ordinal);
    }
}
