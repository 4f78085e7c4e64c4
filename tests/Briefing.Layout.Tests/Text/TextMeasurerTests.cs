using Briefing.Layout.Blocks;
using Briefing.Layout.Canvas;
using Briefing.Layout.Paging;
using Briefing.Layout.Tests.Support;
using Briefing.Layout.Text;

namespace Briefing.Layout.Tests.Text;

public sealed class TextMeasurerTests
{
    private static readonly TextStyle Big = new() { Size = 17, Bold = true };

    [Theory]
    [InlineData("Vehicle sales, 2022")]
    [InlineData("BAIC 北汽集团")]
    public void Widths_before_layout_equal_the_widths_drawn(string text)
    {
        var measurer = new TextMeasurer(TestDocuments.Settings());
        var document = TestDocuments.Create().Add(new Drawing(40, canvas => canvas.Text(text, new Point(0, 0), Big)));

        var (_, recording) = TestDocuments.Draw(document);

        Assert.Equal(recording.Texts.Sum(t => t.Width), measurer.Width(text, Big), 6);
    }

    [Fact]
    public void The_ascent_is_where_drawn_text_puts_its_baseline()
    {
        var measurer = new TextMeasurer(TestDocuments.Settings());
        var document = TestDocuments.Create().Add(new Drawing(40, canvas => canvas.Text("Hx", new Point(0, 10), Big)));

        var (_, recording) = TestDocuments.Draw(document);
        var top = new PageTemplate().Margins.Top + 10;

        var drawn = Assert.Single(recording.Texts);
        Assert.Equal(top + measurer.Ascent(Big), drawn.Y, 6);
        Assert.True(measurer.LineHeight(Big) > measurer.Ascent(Big));
    }
}
