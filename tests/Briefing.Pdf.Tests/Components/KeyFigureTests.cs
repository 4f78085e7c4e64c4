using Briefing.Core.Model;
using Briefing.Pdf.Components;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Tests.Support;

namespace Briefing.Pdf.Tests.Components;

public sealed class KeyFigureTests
{
    [Fact]
    public void Every_key_figure_shows_its_formatted_value_metric_and_time()
    {
        var layout = RealBriefing.Layout;
        var page = layout.AnchorPages[Anchors.Section(SectionKind.KeyFigures)];
        var middle = RealBriefing.Layout.Document.PageTemplate.Size.Width / 2;
        var columns = new[]
        {
            Normalise.Squeeze(Reading.Page(RealBriefing.Canvas, page, t => t.X < middle)),
            Normalise.Squeeze(Reading.Page(RealBriefing.Canvas, page, t => t.X >= middle)),
        };

        // Cards fill the grid row by row: the first in the left column, the second in the right.
        for (var i = 0; i < RealBriefing.Model.Info.KeyFigures.Count; i++)
        {
            var figure = RealBriefing.Model.Fact(RealBriefing.Model.Info.KeyFigures[i]).Figure!;
            var text = columns[i % 2];
            Assert.Contains(Normalise.Squeeze(FigureText.Format(figure)), text, StringComparison.Ordinal);
            Assert.Contains(Normalise.Squeeze(char.ToUpperInvariant(figure.Metric[0]) + figure.Metric[1..]), text, StringComparison.Ordinal);
            Assert.Contains(Normalise.Squeeze(FigureText.When(figure)), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_number_is_large_and_its_hedge_small_on_the_same_line()
    {
        var model = TestModels.Small();
        var (_, canvas) = Harness.Draw(model, c => [KeyFigureCards.Create(c)]);

        var number = canvas.Texts.Single(t => t.Text == "5%" && t.Size > 12);
        var hedge = canvas.Texts.Single(t => t.Text.Trim() == "as much as");
        Assert.True(number.Size > 2 * hedge.Size);
        Assert.Equal(number.Y, hedge.Y, 2);
        Assert.True(hedge.X < number.X);
    }

    [Fact]
    public void A_figure_another_report_gives_differently_says_so_on_its_card()
    {
        var model = TestModels.Small();
        var (_, canvas) = Harness.Draw(model, c => [KeyFigureCards.Create(c)]);

        Assert.Contains("Another report: more than 8% (afternoon)", Harness.AllText(canvas), StringComparison.Ordinal);
    }
}
