using Briefing.Core.Model;

namespace Briefing.Site.Tests.Templates;

public sealed class DateHelperTests
{
    [Fact]
    public void A_month_precision_date_never_prints_a_day()
    {
        var html = Render.Template("{{ format_date d }}", new { d = new PartialDate(2022, 8) });

        Assert.Equal("<time datetime=\"2022-08\">August 2022</time>", html);
    }

    [Fact]
    public void Day_and_year_precision_print_as_given()
    {
        Assert.Equal("<time datetime=\"2023-03-13\">13 March 2023</time>", Render.Template("{{ format_date d }}", new { d = new PartialDate(2023, 3, 13) }));
        Assert.Equal("<time datetime=\"2010\">2010</time>", Render.Template("{{ format_date d }}", new { d = new PartialDate(2010) }));
    }

    [Fact]
    public void An_upper_bound_keeps_by_outside_the_machine_readable_date()
    {
        var html = Render.Template("{{ format_date d }}", new { d = new PartialDate(2023, 3) { NoLaterThan = true } });

        Assert.Equal("by <time datetime=\"2023-03\">March 2023</time>", html);
    }

    [Fact]
    public void A_period_range_is_plain_text_and_a_single_period_is_a_time()
    {
        Assert.Equal("January–February 2023", Render.Template("{{ format_period p }}", new { p = Period.TryParse("2023-01/2023-02") }));
        Assert.Equal("<time datetime=\"2022\">2022</time>", Render.Template("{{ format_period p }}", new { p = Period.TryParse("2022") }));
    }

    [Fact]
    public void A_value_that_is_not_a_date_fails_loudly()
    {
        var error = Assert.ThrowsAny<SiteTemplateException>(() => Render.Template("{{ format_date d }}", new { d = "2023-03" }));

        Assert.Contains("PartialDate", error.Message, StringComparison.Ordinal);
    }
}
