using Briefing.Layout.Blocks;
using Briefing.Layout.Canvas;
using Briefing.Layout.Paging;
using Briefing.Layout.Tests.Support;

namespace Briefing.Layout.Tests.Blocks;

public sealed class TableTests
{
    private static readonly double BodyHeight = new PageTemplate().BodyHeight;

    [Fact]
    public void The_header_row_is_repeated_at_the_top_of_every_page_the_table_spans()
    {
        var table = new Table(ColumnWidth.Fixed(40), ColumnWidth.Relative(2), ColumnWidth.Relative(1))
            .WithHeader("No", "Company", "Value")
            .WithRows(Enumerable.Range(1, 120).Select(i => new TableRow($"{i}", $"Company {i}", $"{i}.0")));
        var document = TestDocuments.Create().Add(new Paragraph("before")).Add(table);

        var (layout, canvas) = TestDocuments.Draw(document);

        Assert.True(layout.PageCount >= 3);
        for (var page = 1; page <= layout.PageCount; page++)
        {
            var texts = canvas.Texts.Where(t => t.Page == page && t.Text != "before").OrderBy(t => t.Y).ToList();
            var header = texts.Where(t => t.Text == "Company").ToList();
            Assert.Single(header);
            Assert.True(texts.First().Y == header[0].Y, $"page {page}: the header is the table's first row");
        }

        var rowNumbers = canvas.Texts.Where(t => t.X < 100 && int.TryParse(t.Text, out _)).Select(t => int.Parse(t.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 120), rowNumbers);
    }

    [Fact]
    public void Column_widths_mix_fixed_and_relative()
    {
        var table = new Table(ColumnWidth.Fixed(100), ColumnWidth.Relative(1), ColumnWidth.Relative(3)) { Border = null }
            .WithRows([new TableRow("a", "b", "c")]);
        var document = TestDocuments.Create().Add(table);
        var width = new PageTemplate().BodyWidth;

        var (_, canvas) = TestDocuments.Draw(document);

        var left = new PageTemplate().Margins.Left + table.CellPadding.Left;
        var xs = canvas.Texts.OrderBy(t => t.X).Select(t => t.X).ToList();
        Assert.Equal(left, xs[0], 3);
        Assert.Equal(left + 100, xs[1], 3);
        Assert.Equal(left + 100 + ((width - 100) / 4), xs[2], 3);
    }

    [Fact]
    public void A_tall_row_splits_between_lines_when_allowed_and_moves_whole_when_not()
    {
        TableRow TallRow() => new(new TableCell(new Paragraph(TestDocuments.Words("cell", 200))), "x");

        Table Make(bool split) => new Table(ColumnWidth.Relative(), ColumnWidth.Fixed(40)) { SplitRows = split }
            .WithHeader("Head", "H2").WithRows([TallRow()]);

        var splitDoc = TestDocuments.Create().Add(new Spacer(BodyHeight - 120)).Add(Make(split: true));
        var wholeDoc = TestDocuments.Create().Add(new Spacer(BodyHeight - 120)).Add(Make(split: false));

        var (_, splitCanvas) = TestDocuments.Draw(splitDoc);
        var (_, wholeCanvas) = TestDocuments.Draw(wholeDoc);

        Assert.Contains(splitCanvas.Texts, t => t.Page == 1 && t.Text.StartsWith("cellw1 ", StringComparison.Ordinal));
        Assert.Contains(splitCanvas.Texts, t => t.Page == 2 && t.Text == "Head");
        Assert.DoesNotContain(wholeCanvas.Texts, t => t.Page == 1);
    }

    [Fact]
    public void Cells_draw_backgrounds_and_borders()
    {
        var table = new Table(ColumnWidth.Relative(), ColumnWidth.Relative()) { HeaderBackground = new Color(200, 200, 200) }
            .WithHeader("h1", "h2")
            .WithRows([new TableRow("a", new TableCell("b") { Background = new Color(255, 0, 0) })]);

        var (_, canvas) = TestDocuments.Draw(TestDocuments.Create().Add(table));

        var rects = canvas.Commands.OfType<RectangleDrawn>().ToList();
        Assert.Equal(2, rects.Count(r => r.Fill == new Color(200, 200, 200)));
        Assert.Single(rects, r => r.Fill == new Color(255, 0, 0));
        Assert.Equal(4, rects.Count(r => r.Stroke is not null));
    }
}
