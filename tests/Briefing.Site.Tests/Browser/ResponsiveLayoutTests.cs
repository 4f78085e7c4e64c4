using System.Text.Json;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Browser;

/// <summary>
/// What only a browser can tell: where text actually lands at phone width, with the fonts installed
/// here. The map's names inside its viewBox and large enough to read, the facts table's content beside
/// its labels, the navigation in even rows, and closed &lt;details&gt; open on paper.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ResponsiveLayoutTests(BrowserFixture fixture)
{
    [ToolFact(ExternalTools.ChromiumTool)]
    public async Task Map_labels_lie_inside_the_viewbox_and_are_at_least_12px_on_a_phone()
    {
        var session = await fixture.SessionAsync();
        var problems = new List<string>();
        foreach (var root in Roots())
        {
            await session.SetViewportAsync(390, 844);
            await session.NavigateAsync(BrowserFixture.FileUrl(root, "map.html"));
            problems.AddRange(await StringsAsync(session, """
                (function () {
                  var svg = document.querySelector('svg.map-svg');
                  var vb = svg.viewBox.baseVal, out = [];
                  svg.querySelectorAll('text').forEach(function (t) {
                    var b = t.getBBox();
                    if (b.x < vb.x - 0.5 || b.y < vb.y - 0.5 || b.x + b.width > vb.x + vb.width + 0.5 || b.y + b.height > vb.y + vb.height + 0.5)
                      out.push('"' + t.textContent + '" at ' + [b.x, b.y, b.x + b.width, b.y + b.height].map(Math.round) + ' leaves the viewBox ' + [vb.x, vb.y, vb.x + vb.width, vb.y + vb.height].map(Math.round));
                  });
                  svg.querySelectorAll('.map-node-label').forEach(function (t) {
                    var px = parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM().a;
                    if (px < 12) out.push('"' + t.textContent + '" is ' + px.toFixed(1) + ' px on a 390 px screen');
                  });
                  return JSON.stringify(out);
                })()
                """, root));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [ToolFact(ExternalTools.ChromiumTool)]
    public async Task Facts_table_cells_on_a_phone_keep_all_content_out_of_the_label_column()
    {
        var session = await fixture.SessionAsync();
        var problems = new List<string>();
        foreach (var root in Roots())
        {
            await session.SetViewportAsync(390, 844);
            await session.NavigateAsync(BrowserFixture.FileUrl(root, "facts.html"));
            // Every piece of text in a cell starts right of the label column (the grid's first track).
            problems.AddRange(await StringsAsync(session, """
                (function () {
                  var out = [];
                  document.querySelectorAll('#facts-table tbody td').forEach(function (td) {
                    var style = getComputedStyle(td);
                    if (style.display !== 'grid') { out.push(td.parentElement.id + ': cell is not laid out with its label'); return; }
                    var labelRight = td.getBoundingClientRect().left + parseFloat(style.gridTemplateColumns.split(' ')[0]);
                    var walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
                    for (var n = walker.nextNode(); n; n = walker.nextNode()) {
                      if (!n.textContent.trim()) continue;
                      var range = document.createRange(); range.selectNodeContents(n);
                      Array.from(range.getClientRects()).forEach(function (r) {
                        if (r.width > 0 && r.left < labelRight - 0.5) out.push(td.parentElement.id + ' ' + td.dataset.label + ': "' + n.textContent.trim() + '" in the label column');
                      });
                    }
                  });
                  return JSON.stringify(out.slice(0, 20));
                })()
                """, root));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [ToolFact(ExternalTools.ChromiumTool)]
    public async Task The_navigation_never_leaves_one_item_alone_on_a_line()
    {
        var session = await fixture.SessionAsync();
        var problems = new List<string>();
        foreach (var width in new[] { 320, 360, 390, 430, 480, 520, 600, 768, 1024, 1280 })
        {
            await session.SetViewportAsync(width, 900);
            await session.NavigateAsync(BrowserFixture.FileUrl(fixture.SampleRoot, "index.html"));
            var rows = await StringsAsync(session, """
                (function () {
                  var rows = {};
                  document.querySelectorAll('.site-nav li').forEach(function (li) {
                    var top = Math.round(li.getBoundingClientRect().top);
                    (rows[top] = rows[top] || []).push(li.textContent.trim());
                  });
                  return JSON.stringify(Object.keys(rows).sort(function (a, b) { return a - b; }).map(function (k) { return rows[k].join(' '); }));
                })()
                """, "");
            if (rows.Count > 1 && rows.Any(r => !r.Contains(' ', StringComparison.Ordinal)))
            {
                problems.Add($"{width} px: {string.Join(" / ", rows)}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [ToolFact(ExternalTools.ChromiumTool)]
    public async Task Closed_details_print_open()
    {
        var session = await fixture.SessionAsync();
        await session.SetViewportAsync(1280, 900);
        await session.NavigateAsync(BrowserFixture.FileUrl(fixture.SampleRoot, "index.html"));
        const string Hidden = """
            JSON.stringify(Array.from(document.querySelectorAll('details:not([open])')).flatMap(function (d) {
              return Array.from(d.children).filter(function (c) { return c.localName !== 'summary' && !c.checkVisibility(); })
                .map(function () { return d.className + ': ' + d.querySelector('summary').textContent.trim(); });
            }))
            """;
        try
        {
            Assert.NotEmpty(await StringsAsync(session, Hidden, ""));
            await session.SetMediaAsync("print");

            Assert.Empty(await StringsAsync(session, Hidden, ""));
        }
        finally
        {
            await session.SetMediaAsync("");
        }
    }

    private IEnumerable<string> Roots() => CuratedSite.Exists ? [fixture.SampleRoot, fixture.RealRoot] : [fixture.SampleRoot];

    private static async Task<IReadOnlyList<string>> StringsAsync(ChromiumSession session, string script, string root)
    {
        var json = await session.EvaluateAsync(script);
        var site = root.Length == 0 ? "" : Path.GetFileName(root) + ": ";
        return [.. (JsonSerializer.Deserialize<string[]>(json.GetString() ?? "[]") ?? []).Select(p => site + p)];
    }
}
