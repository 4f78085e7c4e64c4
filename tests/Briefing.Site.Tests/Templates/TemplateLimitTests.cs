using System.Diagnostics;
using Briefing.Site.Templates.Scriban;

namespace Briefing.Site.Tests.Templates;

/// <summary>Limits set on purpose: big enough for content 1,000 times today's, small enough that a runaway template stops with an error.</summary>
public sealed class TemplateLimitTests
{
    [Fact]
    public void A_loop_that_never_ends_stops_with_an_error_at_the_loop()
    {
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<SiteTemplateException>(() => Render.Template("ok\n{{ while true }}x{{ end }}", new { }));

        Assert.Equal(2, error.Position!.Line);
        Assert.Contains($"{SiteTemplateContext.MaxLoopSteps}", error.Problem, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void A_partial_that_calls_itself_stops_with_an_error_instead_of_overflowing_the_stack()
    {
        var error = Assert.Throws<SiteTemplateException>(() =>
            Render.Template("{{ partial \"again\" x }}", new { X = new { N = 1 } }, ("again", "{{ partial \"again\" this }}")));

        Assert.EndsWith("partials/again.sbnhtml", error.Position!.File, StringComparison.Ordinal);
        Assert.Contains("recursive", error.Problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Nested_loops_as_large_as_content_a_thousand_times_today_s_still_render()
    {
        // Today's facts page: 75 rows, each with a few links and citations. A thousand times that,
        // with ten nested items per row, is 825,000 loop steps counted together.
        var rows = Enumerable.Range(0, 75_000).Select(i => new Row([.. Enumerable.Range(0, 10)])).ToArray();

        var html = Render.Template("{{ for row in rows }}{{ for c in row.cells }}{{ end }}.{{ end }}", new { Rows = rows });

        Assert.Equal(75_000, html.Length);
    }

    [Fact]
    public void A_cancelled_render_stops_as_cancelled_not_as_a_template_error()
    {
        var set = Render.Set("{{ while true }}x{{ end }}");

        Assert.ThrowsAny<OperationCanceledException>(() => set.RenderPage("test", new { }, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void A_page_cannot_add_to_the_shared_modules_that_every_other_page_uses()
    {
        var set = Render.Set("{{ array.foo = '<b>' }}");

        Assert.Throws<SiteTemplateException>(() => set.RenderPage("test", new { }, default));
        var other = Assert.Throws<SiteTemplateException>(() => Render.Template("{{ array.foo }}", new { }));
        Assert.Contains("'foo' is not a member", other.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ math.random 1 10 }}")]
    [InlineData("{{ math.uuid }}")]
    [InlineData("{{ regex.match 'aaaa' '^(a+)+$' }}")]
    public void Functions_that_answer_differently_each_time_or_may_run_for_seconds_are_not_available(string template)
    {
        Assert.Throws<SiteTemplateException>(() => Render.Template(template, new { }));
    }

    [Fact]
    public void A_page_longer_than_the_output_limit_is_an_error_not_a_page_cut_short()
    {
        var error = Assert.Throws<SiteTemplateException>(() =>
            Render.Template("{{ 'x' | string.pad_left " + (SiteTemplateContext.MaxOutputLength + 10) + " }}", new { }));

        Assert.Equal(1, error.Position!.Line);
    }

    private sealed record Row(IReadOnlyList<int> Cells);
}
