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

    // A table of one-line numbered rows after a spacer that leaves room for the header and `rows` and a half.
    private static RecordingCanvas DrawAfterRoomFor(double rows, int total, int before, int after)
    {
        Table Numbered() => new Table(ColumnWidth.Fixed(40), ColumnWidth.Relative())
        {
            SplitRows = false,
            MinRowsBeforeBreak = before,
            MinRowsAfterBreak = after,
        }.WithHeader("No", "Name").WithRows(Enumerable.Range(1, total).Select(i => new TableRow($"{i}", $"row {i}")));

        var (_, probe) = TestDocuments.Draw(TestDocuments.Create().Add(Numbered()));
        var ys = probe.Texts.Where(t => t.X < 100).Select(t => t.Y).ToList();
        var pitch = ys[2] - ys[1];
        var spacer = new Spacer(BodyHeight - (pitch * (rows + 1)) - (ys[0] - probe.Texts.Min(t => t.Y))) { SpaceAfter = 0 };
        return TestDocuments.Draw(TestDocuments.Create().Add(spacer).Add(Numbered())).Canvas;
    }

    private static List<int> RowsOn(RecordingCanvas canvas, int page) =>
        [.. canvas.Texts.Where(t => t.Page == page && t.X < 100 && int.TryParse(t.Text, out _)).Select(t => int.Parse(t.Text, System.Globalization.CultureInfo.InvariantCulture))];

    [Fact]
    public void A_table_that_would_leave_fewer_rows_than_its_orphans_at_a_page_foot_starts_on_the_next_page()
    {
        var loose = DrawAfterRoomFor(2.5, total: 10, before: 1, after: 1);
        var kept = DrawAfterRoomFor(2.5, total: 10, before: 3, after: 1);

        Assert.Equal([1, 2], RowsOn(loose, 1));
        Assert.Empty(RowsOn(kept, 1));
        Assert.Equal(Enumerable.Range(1, 10), RowsOn(kept, 2));
    }

    [Fact]
    public void A_table_moves_rows_back_so_the_next_page_gets_at_least_its_widows()
    {
        var loose = DrawAfterRoomFor(8.5, total: 10, before: 1, after: 1);
        var kept = DrawAfterRoomFor(8.5, total: 10, before: 1, after: 3);

        Assert.Equal(Enumerable.Range(1, 8), RowsOn(loose, 1));
        Assert.Equal(Enumerable.Range(1, 7), RowsOn(kept, 1));
        Assert.Equal([8, 9, 10], RowsOn(kept, 2));
    }

    [Fact]
    public void Orphans_hold_when_rows_may_split_too()
    {
        TableRow Tall(int i) => new(new TableCell(new Paragraph($"{i}")), new TableCell(new Paragraph(TestDocuments.Words($"r{i}", 60))));
        Table Make(int before) => new Table(ColumnWidth.Fixed(40), ColumnWidth.Relative()) { SplitRows = true, MinRowsBeforeBreak = before }
            .WithHeader("No", "Text").WithRows(Enumerable.Range(1, 10).Select(Tall));

        var (_, loose) = TestDocuments.Draw(TestDocuments.Create().Add(new Spacer(BodyHeight - 90) { SpaceAfter = 0 }).Add(Make(1)));
        var (_, kept) = TestDocuments.Draw(TestDocuments.Create().Add(new Spacer(BodyHeight - 90) { SpaceAfter = 0 }).Add(Make(4)));

        Assert.Contains(loose.Texts, t => t.Page == 1 && t.Text == "1");
        Assert.DoesNotContain(kept.Texts, t => t.Page == 1);
        Assert.Contains(kept.Texts, t => t.Page == 2 && t.Text == "1");
    }

    [Fact]
    public void When_orphans_and_widows_cannot_both_be_met_the_table_moves_whole()
    {
        // Three rows fit, but five rows cannot keep three on each side of a break.
        var canvas = DrawAfterRoomFor(3.5, total: 5, before: 3, after: 3);

        Assert.Empty(RowsOn(canvas, 1));
        Assert.Equal(Enumerable.Range(1, 5), RowsOn(canvas, 2));
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
