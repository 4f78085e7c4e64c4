using Briefing.Core.Validation.Archive;
using Briefing.Core.Model;

namespace Briefing.Core.Tests.Validation;

/// <summary>How the check of stored articles reads locators and the numbers an article prints.</summary>
public sealed class ArchiveReadingTests
{
    [Theory]
    [InlineData("paragraph 8", new[] { 8 })]
    [InlineData("paragraphs 3–5", new[] { 3, 4, 5 })]
    [InlineData("paragraphs 3 and 7", new[] { 3, 7 })]
    [InlineData("paragraph 2; paragraph 9", new[] { 2, 9 })]
    [InlineData("page 3, paragraph 8", new[] { 8 })]
    [InlineData("paragraph 8 of the 2022 edition", new[] { 8 })]
    [InlineData("paragraphs 5–3", new[] { 5, 3 })]
    [InlineData("the headline", new int[0])]
    [InlineData(null, new int[0])]
    public void A_locator_names_the_paragraphs_that_follow_the_word(string? at, int[] expected)
    {
        Assert.Equal(expected, Locator.Paragraphs(at));
    }

    [Theory]
    [InlineData("BJEV sold 50,179 units", 50179)]
    [InlineData("up to 8 billion yuan", 8_000_000_000)]
    [InlineData("US$1.16bn", 1_160_000_000)]
    [InlineData("up 92.06 percent", 92.06)]
    [InlineData("a ten-year agreement", 10)]
    [InlineData("a loss of -3.5 million", 3_500_000)]
    public void An_article_s_number_is_read_however_it_is_written(string text, double value)
    {
        Assert.Contains((decimal)value, PrintedNumbers.In(text));
    }

    [Theory]
    [InlineData("ID 123456789012345678901234567 k")]
    [InlineData("100000000000000000 trillion")]
    public void A_number_too_large_for_any_figure_is_read_without_overflowing(string text)
    {
        Assert.NotEmpty(PrintedNumbers.In(text).ToList());
    }
}
