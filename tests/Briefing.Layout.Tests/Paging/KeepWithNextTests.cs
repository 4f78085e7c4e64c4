using Briefing.Layout.Blocks;
using Briefing.Layout.Paging;
using Briefing.Layout.Tests.Support;

namespace Briefing.Layout.Tests.Paging;

public sealed class KeepWithNextTests
{
    private static readonly double BodyHeight = new PageTemplate().BodyHeight;

    [Fact]
    public void A_heading_is_never_the_last_thing_on_a_page()
    {
        // Slide a heading down the page in small steps; wherever it lands, its first text must share its page.
        for (var offset = BodyHeight - 120; offset < BodyHeight; offset += 4)
        {
            var document = TestDocuments.Create()
                .Add(new Spacer(offset))
                .Add(new Heading(2, "The heading"))
                .Add(new Paragraph(TestDocuments.Words("body", 80)));

            var (_, canvas) = TestDocuments.Draw(document);

            var heading = canvas.Texts.Single(t => t.Text == "The heading");
            var firstBody = canvas.Texts.First(t => t.Text.StartsWith("bodyw1 ", StringComparison.Ordinal));
            Assert.True(heading.Page == firstBody.Page, $"offset {offset}: heading on page {heading.Page}, its text on page {firstBody.Page}");
        }
    }

    [Fact]
    public void A_chain_of_headings_moves_together_with_the_text_they_introduce()
    {
        var document = TestDocuments.Create()
            .Add(new Spacer(BodyHeight - 70))
            .Add(new Heading(1, "Part"))
            .Add(new Heading(2, "Chapter"))
            .Add(new Paragraph(TestDocuments.Words("body", 80)) { KeepTogether = true });

        var (_, canvas) = TestDocuments.Draw(document);

        Assert.Equal(2, canvas.Texts.Single(t => t.Text == "Part").Page);
        Assert.Equal(2, canvas.Texts.Single(t => t.Text == "Chapter").Page);
    }

    [Fact]
    public void A_heading_at_the_end_of_a_group_keeps_with_the_block_after_the_group()
    {
        var document = TestDocuments.Create()
            .Add(new Spacer(BodyHeight - 60))
            .Add(new Group(new Paragraph("intro"), new Heading(3, "Grouped heading")))
            .Add(new Paragraph(TestDocuments.Words("body", 80)) { KeepTogether = true });

        var (_, canvas) = TestDocuments.Draw(document);

        Assert.Equal(1, canvas.Texts.Single(t => t.Text == "intro").Page);
        Assert.Equal(2, canvas.Texts.Single(t => t.Text == "Grouped heading").Page);
    }
}
