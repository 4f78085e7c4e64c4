using Briefing.Layout.Blocks;
using Briefing.Layout.Paging;
using Briefing.Layout.Tests.Support;

namespace Briefing.Layout.Tests.Paging;

public sealed class WidowOrphanTests
{
    private static readonly double BodyHeight = new PageTemplate().BodyHeight;

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    public void A_split_paragraph_leaves_and_carries_at_least_the_minimum_lines(int orphans, int widows)
    {
        var splits = 0;
        // Lines of 10 pt text at 1.35 line height are 13.5 pt: stepping by 3 pt tries every position within a line.
        for (var offset = BodyHeight - 100; offset < BodyHeight; offset += 3)
        {
            var document = TestDocuments.Create(new DocumentSettings { Orphans = orphans, Widows = widows })
                .Add(new Spacer(offset))
                .Add(new Paragraph(TestDocuments.Words("ww", 70)));

            var (_, canvas) = TestDocuments.Draw(document);

            var linesPerPage = canvas.Texts.GroupBy(t => t.Page).Select(g => g.Select(t => t.Y).Distinct().Count()).ToList();
            if (linesPerPage.Count == 2)
            {
                splits++;
                Assert.True(linesPerPage[0] >= orphans, $"offset {offset}: {linesPerPage[0]} line(s) left at the page bottom");
                Assert.True(linesPerPage[1] >= widows, $"offset {offset}: {linesPerPage[1]} line(s) carried over");
            }
        }

        Assert.True(splits > 3, "the sweep must actually split the paragraph");
    }

    [Fact]
    public void A_paragraph_too_short_to_split_moves_whole()
    {
        var document = TestDocuments.Create()
            .Add(new Spacer(BodyHeight - 20))
            .Add(new Paragraph(TestDocuments.Words("ww", 30)));

        var (_, canvas) = TestDocuments.Draw(document);

        // One 13.5 pt line would fit on page 1, but two or three lines cannot be split 2 + 2.
        var lines = canvas.Texts.Select(t => t.Y).Distinct().Count();
        Assert.InRange(lines, 2, 3);
        Assert.All(canvas.Texts, t => Assert.Equal(2, t.Page));
    }
}
