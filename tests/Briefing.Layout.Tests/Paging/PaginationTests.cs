using Briefing.Layout.Blocks;
using Briefing.Layout.Canvas;
using Briefing.Layout.Paging;
using Briefing.Layout.Tests.Support;

namespace Briefing.Layout.Tests.Paging;

public sealed class PaginationTests
{
    private static readonly PageTemplate Template = new();
    private static readonly double BodyTop = Template.Margins.Top;
    private static readonly double BodyBottom = Template.Size.Height - Template.Margins.Bottom;

    [Fact]
    public void Long_content_flows_over_pages_inside_the_margins_in_order()
    {
        var document = TestDocuments.Create();
        for (var p = 0; p < 30; p++)
        {
            document.Add(new Paragraph(TestDocuments.Words($"p{p:00}", 60)));
        }

        var (layout, canvas) = TestDocuments.Draw(document);

        Assert.True(layout.PageCount >= 3);
        Assert.Equal(layout.PageCount, canvas.PageCount);
        Assert.All(canvas.Texts, t => Assert.InRange(t.Y, BodyTop, BodyBottom));
        var words = canvas.Texts.SelectMany(t => t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var expected = Enumerable.Range(0, 30).SelectMany(p => TestDocuments.Words($"p{p:00}", 60).Split(' ')).ToList();
        Assert.Equal(expected, words);
    }

    [Fact]
    public void Page_break_starts_a_new_page_but_never_a_blank_one()
    {
        var document = TestDocuments.Create()
            .Add(new PageBreak())
            .Add(new Paragraph("one"))
            .Add(new PageBreak())
            .Add(new PageBreak())
            .Add(new Paragraph("two"))
            .Add(new PageBreak());

        var (layout, canvas) = TestDocuments.Draw(document);

        Assert.Equal(2, layout.PageCount);
        Assert.Equal("one", canvas.PageText(1));
        Assert.Equal("two", canvas.PageText(2));
    }

    [Fact]
    public void A_spacer_at_a_page_end_is_dropped_instead_of_starting_the_next_page()
    {
        var document = TestDocuments.Create()
            .Add(new Spacer(Template.BodyHeight - 20))
            .Add(new Spacer(100))
            .Add(new Paragraph("after"));

        var (_, canvas) = TestDocuments.Draw(document);

        var after = Assert.Single(canvas.Texts);
        Assert.Equal(2, after.Page);
        Assert.True(after.Y < BodyTop + 20, "text starts at the top of page 2, not after the dropped spacer");
    }

    [Fact]
    public void Letter_size_and_margins_come_from_the_template()
    {
        var document = TestDocuments.Create().Page(new PageTemplate { Size = PageSize.Letter, Margins = new Insets(50) });
        document.Add(new Paragraph("x"));

        var (_, canvas) = TestDocuments.Draw(document);

        var page = Assert.IsType<PageStarted>(canvas.Commands[0]);
        Assert.Equal((612, 792), (page.Width, page.Height));
        var text = Assert.Single(canvas.Texts);
        Assert.Equal(50, text.X, 3);
    }

    [Fact]
    public void Keep_together_moves_a_block_whole_to_the_next_page()
    {
        var document = TestDocuments.Create()
            .Add(new Spacer(Template.BodyHeight - 40))
            .Add(new Paragraph(TestDocuments.Words("k", 40)) { KeepTogether = true });

        var (_, canvas) = TestDocuments.Draw(document);

        Assert.All(canvas.Texts, t => Assert.Equal(2, t.Page));
    }

    [Theory]
    [InlineData(0.5, 2)] // moving would leave about 40% of the page blank: allowed, the block moves whole
    [InlineData(0.2, 1)] // more than the 20% allowed: the block starts here and runs on
    public void Keep_together_with_a_gap_limit_moves_whole_only_while_the_blank_it_leaves_is_small(double maxGap, int firstPage)
    {
        var document = TestDocuments.Create()
            .Add(new Spacer(Template.BodyHeight * 0.6) { SpaceAfter = 0 })
            .Add(new Paragraph(TestDocuments.Words("k", 900)) { KeepTogether = true, KeepTogetherMaxGap = maxGap });

        var (_, canvas) = TestDocuments.Draw(document);

        Assert.Equal(firstPage, canvas.Texts.Min(t => t.Page));
        Assert.Contains(canvas.Texts, t => t.Page == 2);
    }
}
