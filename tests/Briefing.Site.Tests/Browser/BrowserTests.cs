using Briefing.Site.Tests.Support;
using Xunit.Abstractions;

namespace Briefing.Site.Tests.Browser;

/// <summary>
/// Every page in a real headless Chromium: no console error, no serious or critical axe-core
/// violation in light or dark mode, no sideways scrolling at 360 px, and screenshots to look at.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class BrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Tools = ExternalTools.ChromiumTool;

    [ToolFact(ExternalTools.ChromiumTool, ExternalTools.AxeTool)]
    public async Task Every_page_loads_without_errors_passes_axe_in_light_and_dark_and_fits_360px()
    {
        var session = await fixture.SessionAsync();
        var problems = new List<string>();
        await CheckAsync(session, fixture.SampleRoot, SampleSite.Rendered.Pages, "sample", problems);
        if (CuratedSite.Exists)
        {
            await CheckAsync(session, fixture.RealRoot, CuratedSite.Rendered.Pages, "content", problems);
        }

        output.WriteLine($"Screenshots: {BrowserFixture.ScreenshotDirectory}");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [ToolFact(Tools)]
    public async Task Facts_filter_shows_only_matching_rows_and_reset_shows_all()
    {
        var session = await fixture.SessionAsync();
        await session.SetViewportAsync(1280, 900);
        await session.NavigateAsync(BrowserFixture.FileUrl(fixture.SampleRoot, "facts.html"));

        Assert.False((await session.EvaluateAsync("document.getElementById('fact-filters').hidden")).GetBoolean());
        var total = (await session.EvaluateAsync("document.querySelectorAll('#facts-table tbody tr').length")).GetInt32();

        await session.EvaluateAsync("""
            (function () {
              var s = document.getElementById('filter-company');
              s.value = 'bjev';
              s.dispatchEvent(new Event('change', { bubbles: true }));
            })()
            """);
        var shownIds = (await session.EvaluateAsync(
            "Array.from(document.querySelectorAll('#facts-table tbody tr:not([hidden])')).map(r => r.id).join(' ')")).GetString()!;
        Assert.Equal("fact-bjev-sales-2021 fact-bjev-sales-2022 fact-bjev-sales-growth-2022 fact-bjev-sales-jan-feb-2023",
            string.Join(' ', shownIds.Split(' ').Order(StringComparer.Ordinal)));
        Assert.Contains("Showing 4 of", (await session.EvaluateAsync("document.getElementById('fact-filter-status').textContent")).GetString());

        await session.EvaluateAsync("""
            (function () {
              var s = document.getElementById('filter-metric');
              s.value = 'share price change';
              s.dispatchEvent(new Event('change', { bubbles: true }));
            })()
            """);
        Assert.Equal(0, (await session.EvaluateAsync("document.querySelectorAll('#facts-table tbody tr:not([hidden])').length")).GetInt32());

        await session.EvaluateAsync("document.getElementById('fact-filters').reset()");
        await Task.Delay(50);
        Assert.Equal(total, (await session.EvaluateAsync("document.querySelectorAll('#facts-table tbody tr:not([hidden])').length")).GetInt32());
        Assert.Empty(session.TakeErrors());
    }

    [ToolFact(Tools)]
    public async Task Hostile_content_runs_no_script_on_any_page()
    {
        var session = await fixture.SessionAsync();
        var problems = new List<string>();
        foreach (var page in Directory.EnumerateFiles(fixture.HostileRoot, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            await session.NavigateAsync(new Uri(page).AbsoluteUri);
            // Every hostile payload sets this flag if it ever runs.
            if ((await session.EvaluateAsync("typeof window.pwned")).GetString() != "undefined")
            {
                problems.Add($"{page}: a payload ran");
            }

            problems.AddRange(session.TakeErrors().Select(e => $"{page}: {e}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task CheckAsync(ChromiumSession session, string root, IEnumerable<string> pages, string site, List<string> problems)
    {
        var shots = Path.Combine(BrowserFixture.ScreenshotDirectory, site);
        Directory.CreateDirectory(shots);
        foreach (var page in pages.Order(StringComparer.Ordinal))
        {
            var name = page.Replace('/', '_').Replace(".html", "", StringComparison.Ordinal);
            var where = $"{site}/{page}";
            await session.SetColorSchemeAsync("light");
            await session.SetViewportAsync(1280, 900);
            await session.NavigateAsync(BrowserFixture.FileUrl(root, page));
            problems.AddRange(session.TakeErrors().Select(e => $"{where}: {e}"));
            problems.AddRange((await AxeAudit.SeriousViolationsAsync(session)).Select(v => $"{where} (light): {v}"));
            await File.WriteAllBytesAsync(Path.Combine(shots, $"{name}-1280-light.png"), await session.ScreenshotAsync());

            await session.SetColorSchemeAsync("dark");
            problems.AddRange((await AxeAudit.SeriousViolationsAsync(session)).Select(v => $"{where} (dark): {v}"));
            await File.WriteAllBytesAsync(Path.Combine(shots, $"{name}-1280-dark.png"), await session.ScreenshotAsync());

            await session.SetColorSchemeAsync("light");
            await session.SetViewportAsync(360, 800);
            var overflow = (await session.EvaluateAsync(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth")).GetInt32();
            if (overflow > 0)
            {
                problems.Add($"{where}: {overflow}px wider than a 360px screen");
            }

            await session.SetViewportAsync(390, 844);
            await File.WriteAllBytesAsync(Path.Combine(shots, $"{name}-390-light.png"), await session.ScreenshotAsync());
            problems.AddRange(session.TakeErrors().Select(e => $"{where}: {e}"));
        }
    }
}
