using Briefing.Layout.Tests.Support;

namespace Briefing.Layout.Tests.Text;

public sealed class LineBreakingTests
{
    private readonly TextHarness _text = new();

    [Fact]
    public void Words_are_filled_greedily_and_no_line_is_wider_than_the_column()
    {
        var source = TestDocuments.Words("a", 60);

        var lines = _text.Lines(source, 200);

        Assert.True(lines.Count > 3);
        Assert.All(lines, l => Assert.True(l.Width <= 200.001, $"line is {l.Width} wide"));
        Assert.Equal(source, string.Join(' ', lines.Select(TextHarness.Text)));
        // Greedy: the first word of each next line would not have fitted on the previous one.
        var space = _text.Fonts.Face("DejaVu Sans", false, false).Measure(" ", 10);
        for (var i = 0; i < lines.Count - 1; i++)
        {
            var nextWord = TextHarness.Text(lines[i + 1]).Split(' ')[0];
            var nextWidth = _text.Fonts.Face("DejaVu Sans", false, false).Measure(nextWord, 10);
            Assert.True(lines[i].Width + space + nextWidth > 200, $"'{nextWord}' would have fitted on line {i}");
        }
    }

    [Fact]
    public void A_long_url_breaks_after_separators_and_every_piece_fits()
    {
        const string url = "https://www.example.com/reports/2024/quarterly/market-briefing-with-a-really-long-slug?utm_source=briefing&utm_medium=pdf";

        var lines = _text.Lines("See " + url, 150);

        Assert.True(lines.Count >= 3);
        Assert.All(lines, l => Assert.True(l.Width <= 150.001, $"line '{TextHarness.Text(l)}' is {l.Width} wide"));
        Assert.Equal("See" + url, string.Concat(lines.Select(TextHarness.Text)).Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.All(lines.Skip(1).SkipLast(1), l => Assert.Matches(@"[/.?&=_\-#:]$", TextHarness.Text(l)));
    }

    [Fact]
    public void A_word_without_separators_breaks_between_characters()
    {
        var word = new string('x', 80);

        var lines = _text.Lines(word, 100);

        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(l.Width <= 100.001));
        Assert.Equal(word, string.Concat(lines.Select(TextHarness.Text)));
    }

    [Fact]
    public void Chinese_text_breaks_between_characters_but_not_before_closing_punctuation()
    {
        const string text = "中文文本在字符之间换行，这是一段较长的中文句子，用于测试换行是否正确地发生在字符之间。再来一句，好吗？";

        var lines = _text.Lines(text, 60);

        Assert.True(lines.Count >= 4);
        Assert.All(lines, l => Assert.True(l.Width <= 60.001));
        Assert.Equal(text, string.Concat(lines.Select(TextHarness.Text)));
        Assert.All(lines.Skip(1), l => Assert.DoesNotMatch("^[，。？]", TextHarness.Text(l)));
    }

    [Fact]
    public void Line_feeds_in_text_are_hard_breaks()
    {
        var lines = _text.Lines("first\nsecond\n\nfourth", 400);

        Assert.Equal(["first", "second", string.Empty, "fourth"], lines.Select(TextHarness.Text));
        Assert.True(lines[2].Height > 0, "an empty line keeps the paragraph's line height");
    }

    [Fact]
    public void Hyphenated_words_may_break_after_the_hyphen()
    {
        var lines = _text.Lines("aaaa well-known", 80);

        Assert.Equal(["aaaa well-", "known"], lines.Select(TextHarness.Text));
    }
}
