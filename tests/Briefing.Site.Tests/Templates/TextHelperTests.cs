using Briefing.Core.Model;

namespace Briefing.Site.Tests.Templates;

public sealed class TextHelperTests
{
    [Theory]
    [InlineData(1, "1 fact")]
    [InlineData(0, "0 facts")]
    [InlineData(12, "12 facts")]
    [InlineData(1200, "1,200 facts")]
    public void Plural_picks_the_word_for_the_count(int count, string expected)
    {
        Assert.Equal(expected, Render.Template("{{ plural n \"fact\" \"facts\" }}", new { n = count }));
    }

    [Fact]
    public void Humanize_puts_enum_values_in_readers_words()
    {
        Assert.Equal("Strategic cooperation agreement", Render.Template("{{ humanize k }}", new { k = DealKind.StrategicCooperationAgreement }));
        Assert.Equal("Declined to comment", Render.Template("{{ humanize k }}", new { k = DealStatus.DeclinedToComment }));
    }
}
