using Briefing.Core.Model;

namespace Briefing.Site.Tests.Templates;

public sealed class FigureHelperTests
{
    private static readonly Figure AfternoonMove = new("share price change", "xiaomi", null, null, 9m, null, "percent",
        Qualifier.MoreThan, null, new PartialDate(2021, 3, 26), "afternoon", null, null);

    [Fact]
    public void Figure_prints_qualifier_number_and_unit_as_FigureText_does()
    {
        Assert.Equal("more than 9%", Render.Template("{{ format_figure f }}", new { f = AfternoonMove }));
        Assert.Equal("9%", Render.Template("{{ format_amount f }}", new { f = AfternoonMove }));
        Assert.Equal("more than", Render.Template("{{ format_qualifier q }}", new { q = Qualifier.MoreThan }));
        Assert.Equal("", Render.Template("{{ format_qualifier q }}", new { q = Qualifier.Exact }));
    }

    [Fact]
    public void When_prints_the_date_at_its_precision_and_the_time_of_day()
    {
        Assert.Equal("26 March 2021, afternoon", Render.Template("{{ format_when f }}", new { f = AfternoonMove }));
    }

    [Fact]
    public void Numbers_money_and_percent()
    {
        Assert.Equal("50,179", Render.Template("{{ format_number n }}", new { n = 50179m }));
        Assert.Equal("6.8715", Render.Template("{{ format_number n }}", new { n = 6.8715m }));
        Assert.Equal("CNY 8 billion", Render.Template("{{ format_money n \"CNY\" \"Billion\" }}", new { n = 8m }));
        Assert.Equal("USD 1.16 billion", Render.Template("{{ format_money n c s }}", new { n = 1.16m, c = "USD", s = Scale.Billion }));
        Assert.Equal("92.06%", Render.Template("{{ format_percent n }}", new { n = 92.06m }));
    }

    [Fact]
    public void Money_refuses_a_unit_that_is_not_a_currency_code()
    {
        Assert.ThrowsAny<SiteTemplateException>(() => Render.Template("{{ format_money n \"yuan\" }}", new { n = 8m }));
    }

    [Fact]
    public void Figure_text_is_html_escaped()
    {
        var hostile = AfternoonMove with { Unit = "<b>units</b>" };

        Assert.Equal("more than 9 &lt;b&gt;units&lt;/b&gt;", Render.Template("{{ format_figure f }}", new { f = hostile }));
    }
}
