using System.Text.Json;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Browser;

/// <summary>
/// Layout a reader sees, checked in a real browser: reading order and chart text at a phone's and a
/// desktop's width, contrast in dark mode, alignment of controls, and the page on paper.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class RenderedLayoutTests(BrowserFixture fixture)
{
    [ToolFact(ExternalTools.ChromiumTool)]
    public async Task On_a_phone_a_deals_parties_and_history_follow_its_summary_and_on_a_desktop_sit_beside_it()
    {
        var session = await fixture.SessionAsync();
        var problems = new List<string>();
        foreach (var (root, page) in DealPages())
        {
            await session.SetViewportAsync(390, 844);
            await session.NavigateAsync(BrowserFixture.FileUrl(root, page));
            var phone = await RectsAsync(session);
            if (!(phone["summary"].Bottom <= phone["parties"].Top && phone["parties"].Bottom <= phone["history"].Top && phone["history"].Bottom <= phone["facts"].Top))
            {
                problems.Add($"{page} at 390 px: summary, parties, history and facts are not in that order down the page");
            }

            await session.SetViewportAsync(1280, 900);
            var desktop = await RectsAsync(session);
            // Compared by their headings: a section's own top depends on where its heading's margin collapses.
            if (desktop["parties"].Left < desktop["summary"].Right || Math.Abs(desktop["parties"].HeadingTop - desktop["summary"].HeadingTop) > 2)
            {
                problems.Add($"{page} at 1280 px: the parties are not beside the summary");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [ToolFact(ExternalTools.ChromiumTool)]
    public async Task Chart_text_is_at_least_11px_and_labels_keep_to_one_line_on_a_desktop()
    {
        var session = await fixture.SessionAsync();
        var problems = new List<string>();
        foreach (var root in Roots())
        {
            foreach (var page in ChartPages(root))
            {
                foreach (var width in new[] { 360, 390, 768, 1280 })
                {
                    await session.SetViewportAsync(width, 900);
                    await session.NavigateAsync(BrowserFixture.FileUrl(root, page));
                    problems.AddRange((await StringsAsync(session, """
                        (function () {
                          var out = [];
                          document.querySelectorAll('figure.chart').forEach(function (figure) {
                            var shown = Array.from(figure.querySelectorAll('svg.chart-svg')).filter(function (s) { return s.checkVisibility() && s.getBoundingClientRect().width > 0; });
                            if (shown.length !== 1) { out.push(figure.id + ': ' + shown.length + ' drawings shown'); return; }
                            var svg = shown[0], scale = svg.getScreenCTM().a;
                            if (svg.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5) out.push(figure.id + ': drawing wider than the screen');
                            svg.querySelectorAll('text').forEach(function (t) {
                              var px = parseFloat(getComputedStyle(t).fontSize) * scale;
                              if (px < 11) out.push(figure.id + ' "' + t.textContent + '" is ' + px.toFixed(1) + ' px');
                            });
                            if (window.innerWidth >= 1280) {
                              svg.querySelectorAll('.chart-label').forEach(function (l) {
                                if (l.querySelectorAll('tspan').length > 1) out.push(figure.id + ' "' + l.textContent + '" wraps');
                              });
                            }
                            var caption = figure.querySelector('figcaption');
                            if (!caption || caption.getBoundingClientRect().bottom > svg.getBoundingClientRect().top) out.push(figure.id + ': title not above the chart');
                          });
                          return JSON.stringify(out.slice(0, 10));
                        })()
                        """)).Select(p => $"{Path.GetFileName(root)}/{page} at {width} px: {p}"));
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [ToolFact(ExternalTools.ChromiumTool, ExternalTools.PdfToTextTool)]
    public async Task A_printed_deal_page_keeps_headings_with_their_text_entries_whole_and_ends_without_an_empty_page()
    {
        var session = await fixture.SessionAsync();
        var problems = new List<string>();
        foreach (var (root, page) in DealPages())
        {
            await session.SetViewportAsync(1280, 900);
            await session.NavigateAsync(BrowserFixture.FileUrl(root, page));
            var headings = (await StringsAsync(session, "JSON.stringify(Array.from(document.querySelectorAll('main h2, main h3')).map(h => h.textContent.replace(/\\s+/g, ' ').trim()))")).ToList();
            var parties = (await StringsAsync(session, """
                JSON.stringify(Array.from(document.querySelectorAll('.parties > li, .status-history > li')).map(function (li) {
                  return Array.from(li.querySelectorAll(':scope > :not(.cites)')).map(function (part) {
                    return part.textContent.replace(/\s+/g, ' ').trim();
                  }).join('\n');
                }))
                """)).ToList();
            var pages = await PrintedPagesAsync(session);
            var where = $"{Path.GetFileName(root)}/{page}";

            var last = pages[^1].Where(l => !l.Contains("Edition of", StringComparison.Ordinal));
            if (!last.Any())
            {
                problems.Add($"{where}: the last of {pages.Count} printed pages holds only the footer");
            }

            foreach (var (lines, number) in pages.Select((p, i) => (p, i + 1)).SkipLast(1))
            {
                if (lines.Count > 0 && headings.Any(h => h.EndsWith(lines[^1], StringComparison.Ordinal)))
                {
                    problems.Add($"{where}: page {number} ends with the heading \"{lines[^1]}\"");
                }
            }

            // An entry printed whole is on one page: some page holds every part of it (name, Chinese
            // name, role; date, status, note), each in one piece.
            var pageTexts = pages.Select(p => Squash(string.Join(' ', p))).ToList();
            problems.AddRange(parties
                .Where(entry => !pageTexts.Any(t => entry.Split('\n').All(part => t.Contains(Squash(part), StringComparison.Ordinal))))
                .Select(entry => $"{where}: \"{entry.Replace('\n', ' ')}\" is split across pages"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [ToolFact(ExternalTools.ChromiumTool)]
    public async Task Brand_lines_have_3_to_1_contrast_in_dark_mode_and_source_notes_are_not_the_alarm_colour()
    {
        var session = await fixture.SessionAsync();
        var problems = new List<string>();
        foreach (var root in Roots())
        {
            foreach (var scheme in new[] { "light", "dark" })
            {
                await session.SetViewportAsync(1280, 900);
                await session.SetColorSchemeAsync(scheme);
                foreach (var (page, selector, side) in new[]
                {
                    ("facts.html", ".report", "Top"), ("index.html", ".key-figure", "Left"),
                    ("sources.html", ".source-notes", "Left"), ("index.html", ".site-header", "Top"),
                })
                {
                    await session.NavigateAsync(BrowserFixture.FileUrl(root, page));
                    problems.AddRange((await StringsAsync(session, ContrastScript.Replace("SELECTOR", selector, StringComparison.Ordinal).Replace("SIDE", side, StringComparison.Ordinal)))
                        .Select(p => $"{Path.GetFileName(root)}/{page} ({scheme}): {p}"));
                }
            }

            await session.SetColorSchemeAsync("light");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [ToolFact(ExternalTools.ChromiumTool)]
    public async Task The_facts_filter_button_lines_up_with_the_selects()
    {
        var session = await fixture.SessionAsync();
        var problems = new List<string>();
        foreach (var root in Roots())
        {
            foreach (var width in new[] { 1280, 390 })
            {
                await session.SetViewportAsync(width, 900);
                await session.NavigateAsync(BrowserFixture.FileUrl(root, "facts.html"));
                problems.AddRange((await StringsAsync(session, """
                    (function () {
                      var button = document.querySelector('#fact-filters button').getBoundingClientRect();
                      var select = document.querySelector('#fact-filters select').getBoundingClientRect();
                      var out = [];
                      if (Math.abs(button.height - select.height) > 1) out.push('button ' + button.height + ' px tall, selects ' + select.height + ' px');
                      var row = Array.from(document.querySelectorAll('#fact-filters select')).filter(function (s) { return Math.abs(s.getBoundingClientRect().top - button.top) < 2; });
                      if (window.innerWidth >= 1280 && row.length === 0) out.push('button not in a row with the selects');
                      return JSON.stringify(out);
                    })()
                    """)).Select(p => $"{Path.GetFileName(root)} at {width} px: {p}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [ToolFact(ExternalTools.ChromiumTool)]
    public async Task The_home_pages_brand_is_one_line_and_its_charts_use_the_width()
    {
        var session = await fixture.SessionAsync();
        var problems = new List<string>();
        foreach (var root in Roots())
        {
            foreach (var width in new[] { 360, 390, 1280 })
            {
                await session.SetViewportAsync(width, 900);
                await session.NavigateAsync(BrowserFixture.FileUrl(root, "index.html"));
                problems.AddRange((await StringsAsync(session, """
                    (function () {
                      var out = [], brand = document.querySelector('.site-brand');
                      var line = parseFloat(getComputedStyle(brand).lineHeight);
                      if (brand.getBoundingClientRect().height > line * 1.2) out.push('brand takes ' + brand.getBoundingClientRect().height + ' px, more than a line');
                      if (window.innerWidth >= 1280) {
                        var main = document.querySelector('main').getBoundingClientRect();
                        var charts = Array.from(document.querySelectorAll('figure.chart')).map(function (c) { return c.getBoundingClientRect(); });
                        var right = Math.max.apply(null, charts.map(function (c) { return c.right; }));
                        if (charts.length > 1 && right < main.left + main.width * 0.85) out.push('charts end at ' + Math.round(right) + ' px of ' + Math.round(main.right));
                      }
                      return JSON.stringify(out);
                    })()
                    """)).Select(p => $"{Path.GetFileName(root)} at {width} px: {p}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [ToolFact(ExternalTools.ChromiumTool)]
    public async Task Chart_text_is_drawn_without_a_stroke_so_labels_stay_crisp_on_every_chart_page()
    {
        // A container class once named like the gridlines gave every label the gridlines' pale 1 px outline.
        var session = await fixture.SessionAsync();
        var problems = new List<string>();
        foreach (var root in Roots())
        {
            foreach (var page in ChartPages(root))
            {
                await session.NavigateAsync(BrowserFixture.FileUrl(root, page));
                problems.AddRange((await StringsAsync(session, """
                    (function () {
                      var out = [], texts = document.querySelectorAll('svg.chart-svg text');
                      if (!texts.length) out.push('no chart text found');
                      texts.forEach(function (t) {
                        var style = getComputedStyle(t);
                        if (style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0) out.push('"' + t.textContent + '" has stroke ' + style.stroke);
                      });
                      return JSON.stringify(out.slice(0, 5));
                    })()
                    """)).Select(p => $"{Path.GetFileName(root)} {page}: {p}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private const string ContrastScript = """
        (function () {
          function rgb(c) { var m = c.match(/[\d.]+/g).map(Number); return m; }
          function lum(c) {
            return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2]);
            function ch(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
          }
          var out = [], el = document.querySelector('SELECTOR');
          if (!el) return JSON.stringify([]);
          var line = rgb(getComputedStyle(el).borderSIDEColor), bg = rgb(getComputedStyle(document.body).backgroundColor);
          var a = lum(line), b = lum(bg), ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          if (ratio < 3) out.push('SELECTOR border ' + getComputedStyle(el).borderSIDEColor + ' has ' + ratio.toFixed(2) + ':1 on ' + getComputedStyle(document.body).backgroundColor);
          var accent = getComputedStyle(document.documentElement).getPropertyValue('--accent-text').trim();
          var probe = document.createElement('span'); probe.style.color = accent; document.body.appendChild(probe);
          if (accent && getComputedStyle(probe).color === getComputedStyle(el).borderSIDEColor) out.push('SELECTOR border is the accent colour');
          probe.remove();
          return JSON.stringify(out);
        })()
        """;

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static async Task<List<List<string>>> PrintedPagesAsync(ChromiumSession session)
    {
        var pdf = Path.Combine(Path.GetTempPath(), $"briefing-print-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(pdf, await session.PrintToPdfAsync());
            var text = ExternalTools.Run(ExternalTools.PdfToTextTool, "-enc", "UTF-8", pdf, "-").StandardOutput;
            // pdftotext ends every page with a form feed.
            return [.. text.Split('\f').SkipLast(1).Select(p => p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList())];
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    private static async Task<Dictionary<string, (double Top, double Bottom, double Left, double Right, double HeadingTop)>> RectsAsync(ChromiumSession session)
    {
        var json = await session.EvaluateAsync("""
            JSON.stringify(Object.fromEntries(['summary', 'parties', 'history', 'facts'].map(function (name) {
              var h = document.getElementById(name + '-heading'), r = h.closest('section').getBoundingClientRect();
              return [name, [r.top + scrollY, r.bottom + scrollY, r.left, r.right, h.getBoundingClientRect().top + scrollY]];
            })))
            """);
        return JsonSerializer.Deserialize<Dictionary<string, double[]>>(json.GetString()!)!
            .ToDictionary(p => p.Key, p => (p.Value[0], p.Value[1], p.Value[2], p.Value[3], p.Value[4]));
    }

    private IEnumerable<string> Roots() => CuratedSite.Exists ? [fixture.SampleRoot, fixture.RealRoot] : [fixture.SampleRoot];

    private IEnumerable<(string Root, string Page)> DealPages() =>
        from root in Roots()
        from file in Directory.EnumerateFiles(Path.Combine(root, "deals"), "*.html").Order(StringComparer.Ordinal)
        where Path.GetFileName(file) != "index.html"
        select (root, "deals/" + Path.GetFileName(file));

    private static IEnumerable<string> ChartPages(string root) =>
        Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("class=\"chart", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static async Task<IReadOnlyList<string>> StringsAsync(ChromiumSession session, string script)
    {
        var json = await session.EvaluateAsync(script);
        return JsonSerializer.Deserialize<string[]>(json.GetString() ?? "[]") ?? [];
    }
}
