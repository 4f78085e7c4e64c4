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

    private sealed record Row(IReadOnlyList<int> Cells);
}
