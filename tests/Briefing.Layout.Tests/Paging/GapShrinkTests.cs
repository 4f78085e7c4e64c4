using Briefing.Layout.Blocks;
using Briefing.Layout.Canvas;
using Briefing.Layout.Paging;
using Briefing.Layout.Tests.Support;

namespace Briefing.Layout.Tests.Paging;

/// <summary>A group whose gaps may shrink ends on its page rather than leave a few lines overleaf.</summary>
public sealed class GapShrinkTests
{
    private const double Gap = 20;
    private static readonly double BodyHeight = new PageTemplate().BodyHeight;
    private static readonly double Line = LineHeight();

    [Fact]
    public void A_group_just_too_long_for_its_page_tightens_its_gaps_and_ends_there()
    {
        var natural = TestDocuments.Draw(TestDocuments.Create().Add(Tail(overflow: 10)));
        var shrunk = TestDocuments.Draw(TestDocuments.Create().Add(Tail(overflow: 10) with { GapShrink = 0.5 }).Add(new Paragraph("after")));

        Assert.Equal(2, Text(natural.Canvas, "p4").Page);
        Assert.All(["p1", "p2", "p3", "p4"], t => Assert.Equal(1, Text(shrunk.Canvas, t).Page));

        // Only as much as needed: the four gaps share the 10 points of overflow, the three between p1 and p4 lose 7.5.
        Assert.Equal((3 * Line) + (3 * Gap) - 7.5, Text(shrunk.Canvas, "p4").Y - Text(shrunk.Canvas, "p1").Y, 2);
        Assert.Equal(2, Text(shrunk.Canvas, "after").Page);
    }

    [Fact]
    public void A_group_too_long_even_with_the_tightest_gaps_splits_with_its_natural_gaps()
    {
        // 60 points over: more than half of the four 20-point gaps can absorb.
        var (_, canvas) = TestDocuments.Draw(TestDocuments.Create().Add(Tail(overflow: 60) with { GapShrink = 0.5 }));

        Assert.Equal(1, Text(canvas, "p1").Page);
        Assert.Equal(2, Text(canvas, "p4").Page);
        Assert.Equal(Line + Gap, Text(canvas, "p2").Y - Text(canvas, "p1").Y, 2);
    }

    [Fact]
    public void Only_the_page_where_a_long_group_ends_is_tightened()
    {
        // Page 1: a filler and p0; page 2: a second filler and p1–p4, 10 points too many for the page.
        Block Group(double shrink) => new Group(
            Filler(BodyHeight - 40),
            Para("p0"),
            Filler(BodyHeight + 10 - (3 * Line) - (3 * Gap)),
            Para("p1"),
            Para("p2"),
            Para("p3"))
        {
            GapShrink = shrink,
        };

        var (naturalLayout, natural) = TestDocuments.Draw(TestDocuments.Create().Add(Group(0)));
        var (shrunkLayout, shrunk) = TestDocuments.Draw(TestDocuments.Create().Add(Group(0.5)));

        Assert.Equal(3, naturalLayout.PageCount);
        Assert.Equal(2, shrunkLayout.PageCount);
        Assert.Equal(Text(natural, "p0").Y, Text(shrunk, "p0").Y, 3);
        Assert.Equal(2, Text(shrunk, "p3").Page);
    }

    [Fact]
    public void The_shrink_is_a_fraction_of_each_gap()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Group() { GapShrink = 1.5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new Group() { GapShrink = -0.1 });
    }

    // A filler, then four one-line paragraphs 20 points apart, together `overflow` points taller than a page.
    private static Group Tail(double overflow) => new(
        Filler(BodyHeight + overflow - (4 * Line) - (4 * Gap)),
        Para("p1"),
        Para("p2"),
        Para("p3"),
        Para("p4"));

    private static Paragraph Para(string text) => new(text) { SpaceBefore = Gap, SpaceAfter = 0 };

    // Atomic and never dropped at a page end, unlike a spacer.
    private static Drawing Filler(double height) => new(height, _ => { }) { SpaceAfter = 0 };

    private static TextDrawn Text(RecordingCanvas canvas, string text) => canvas.Texts.Single(t => t.Text == text);

    private static double LineHeight()
    {
        var (_, canvas) = TestDocuments.Draw(TestDocuments.Create().Add(new Paragraph("a") { SpaceAfter = 0 }).Add(new Paragraph("b") { SpaceAfter = 0 }));
        return Text(canvas, "b").Y - Text(canvas, "a").Y;
    }
}
