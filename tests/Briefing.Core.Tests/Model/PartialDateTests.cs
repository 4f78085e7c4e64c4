using Briefing.Core.Model;

namespace Briefing.Core.Tests.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2023-03-13", "13 March 2023", "2023-03-13")]
    [InlineData("2023-03", "March 2023", "2023-03")]
    [InlineData("2010", "2010", "2010")]
    public void A_date_prints_at_its_own_precision(string text, string display, string iso)
    {
        var date = PartialDate.TryParse(text)!;

        Assert.Equal(display, date.ToDisplay());
        Assert.Equal(iso, date.ToIso());
        Assert.False(date.NoLaterThan);
    }

    [Fact]
    public void An_upper_bound_reads_by_and_keeps_its_precision()
    {
        var date = PartialDate.TryParse("by 2023-03", allowNoLaterThan: true)!;

        Assert.True(date.NoLaterThan);
        Assert.Equal("by March 2023", date.ToDisplay());
        Assert.Equal("March 2023", date.ToDisplayWithoutBound());
        Assert.Equal("2023-03", date.ToIso());
        Assert.NotEqual(new PartialDate(2023, 3), date);
    }

    [Theory]
    [InlineData("by 2023-03")]
    [InlineData("by 2023-13")]
    [InlineData("by ")]
    [InlineData("By 2023")]
    [InlineData("2023-02-30")]
    public void Texts_that_are_not_plain_dates_are_refused_where_a_bound_is_not_allowed(string text) =>
        Assert.Null(PartialDate.TryParse(text));

    [Theory]
    [InlineData("by 2023-13")]
    [InlineData("by")]
    [InlineData("by by 2023")]
    [InlineData("before 2023")]
    public void A_bound_must_be_by_and_a_real_date(string text) =>
        Assert.Null(PartialDate.TryParse(text, allowNoLaterThan: true));
}
