using Briefing.Layout.Tests.Support;
using Briefing.Layout.Text;

namespace Briefing.Layout.Tests.Text;

public sealed class JustificationTests
{
    private readonly TextHarness _text = new();

    [Fact]
    public void Justified_lines_reach_the_right_edge_except_the_last()
    {
        var lines = _text.Lines(TestDocuments.Words("j", 50), 220, TextAlignment.Justify);

        Assert.True(lines.Count > 2);
        Assert.All(lines.SkipLast(1), l => Assert.Equal(220, TextHarness.InkRight(l), 3));
        Assert.True(TextHarness.InkRight(lines[^1]) < 219, "the last line is not stretched");
    }

    [Fact]
    public void Left_aligned_lines_are_not_stretched()
    {
        var lines = _text.Lines(TestDocuments.Words("j", 50), 220);

        Assert.Contains(lines.SkipLast(1), l => TextHarness.InkRight(l) < 219);
    }

    [Fact]
    public void A_line_ended_by_a_hard_break_is_not_justified()
    {
        var lines = _text.Lines("short line\n" + TestDocuments.Words("j", 30), 220, TextAlignment.Justify);

        Assert.Equal("short line", TextHarness.Text(lines[0]));
        Assert.True(TextHarness.InkRight(lines[0]) < 100);
        Assert.Equal(220, TextHarness.InkRight(lines[1]), 3);
    }

    [Fact]
    public void Centered_and_right_aligned_lines_are_placed_in_the_column()
    {
        var centered = _text.Lines("centre me", 300, TextAlignment.Center)[0];
        var right = _text.Lines("right", 300, TextAlignment.Right)[0];

        Assert.Equal((300 - centered.Width) / 2, centered.Fragments[0].X, 3);
        Assert.Equal(300, TextHarness.InkRight(right), 3);
    }
}
