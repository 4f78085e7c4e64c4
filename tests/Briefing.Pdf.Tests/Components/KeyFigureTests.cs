using Briefing.Core.Model;
using Briefing.Core.Reports;
using Briefing.Layout.Blocks;
using Briefing.Layout.Canvas;
using Briefing.Pdf.Components;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Tests.Support;

namespace Briefing.Pdf.Tests.Components;

public sealed class KeyFigureTests
{
    private static RenderedBriefing Sample => RenderedBriefing.Sample;

    [Fact]
    public void Every_key_figure_shows_its_formatted_value_metric_and_time()
    {
        var layout = Sample.Layout;
        var page = layout.AnchorPages[Anchors.Section(SectionKind.KeyFigures)];
        var middle = Sample.Layout.Document.PageTemplate.Size.Width / 2;
        var columns = new[]
        {
            Normalise.Squeeze(Reading.Page(Sample.Canvas, page, t => t.X < middle)),
            Normalise.Squeeze(Reading.Page(Sample.Canvas, page, t => t.X >= middle)),
        };

        // Cards fill the grid row by row: the first in the left column, the second in the right.
        for (var i = 0; i < Sample.Model.Info.KeyFigures.Count; i++)
        {
            var figure = Sample.Model.Fact(Sample.Model.Info.KeyFigures[i]).Figure!;
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

    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.Letter)]
    public void Where_reports_differ_shares_its_page_with_its_intro_and_the_table_header_and_first_row(PaperSize paper)
    {
        var (_, canvas) = Sample.On(paper);
        var model = Sample.Model;
        var heading = canvas.Commands.OfType<BookmarkAdded>().Single(b => b.Title == "Where reports differ");
        var first = DifferingReports.Find(model.Facts)[0];
        var subject = Subjects.WithSegment(Harness.Context(model, paper), first[0].Figure!);

        // Everything drawn below the heading on its page.
        var below = Normalise.Collapse(Reading.Page(canvas, heading.Page, t => t.Y > heading.Y));
        Assert.Contains("Where reports give the same measure differently", below, StringComparison.Ordinal);
        Assert.Contains(Labels.Caps(first[0].Figure!.TimeOfDay!), below, StringComparison.Ordinal);
        Assert.Contains($"{subject} {FigureText.Format(first[0].Figure!)}", below, StringComparison.Ordinal);
    }

    [Fact]
    public void Wherever_the_page_ends_the_differing_reports_heading_moves_with_its_table()
    {
        var model = TestModels.Small();
        var theme = Harness.Context(model).Theme;
        var body = theme.Paper.Height - theme.Margins.Vertical;

        // Slide the part down the page; at every position its heading, intro, caption, header and row share a page.
        for (var offset = body - 260; offset < body; offset += 5)
        {
            var (_, canvas) = Harness.Draw(model, c => [new Drawing(offset, _ => { }) { SpaceAfter = 0 }, .. KeyFigureCards.Differing(c, DifferingReports.Find(model.Facts))]);

            var heading = canvas.Commands.OfType<BookmarkAdded>().Single(b => b.Title == "Where reports differ").Page;
            int PageOf(string text) => canvas.Texts.First(t => t.Text.StartsWith(text, StringComparison.Ordinal)).Page;
            Assert.True(
                new[] { PageOf("Where reports give"), PageOf("EARLY TRADING"), PageOf("as much as 5%") }.All(p => p == heading),
                $"filler {offset:0}: heading on page {heading}, intro {PageOf("Where reports give")}, header {PageOf("EARLY TRADING")}, row {PageOf("as much as 5%")}");
        }
    }

    [Fact]
    public void A_figure_another_report_gives_differently_says_so_on_its_card()
    {
        var model = TestModels.Small();
        var (_, canvas) = Harness.Draw(model, c => [KeyFigureCards.Create(c)]);

        Assert.Contains("Another report: more than 8% (afternoon)", Harness.AllText(canvas), StringComparison.Ordinal);
    }
}
