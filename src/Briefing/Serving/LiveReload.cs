using System.Net;
using System.Text;
using System.Text.Json;

namespace Briefing.Serving;

/// <summary>
/// The browser side of the preview: a script every served page loads, which listens for
/// rebuilds on an event stream and reloads the page, or shows the build's problems in an
/// overlay. Problems are put into the page with textContent, never as HTML.
/// </summary>
internal static class LiveReload
{
    public const string ScriptPath = "/__briefing/live.js";
    public const string EventsPath = "/__briefing/events";
    public const string StatusPath = "/__briefing/status";
    public const string StylePath = "/__briefing/preview.css";

    /// <summary>The no-site page's look, served as a file: the preview's Content-Security-Policy allows no inline style.</summary>
    public const string Style = "body#briefing-no-site{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:50rem}\n";

    private const string Tag = $"<script src=\"{ScriptPath}\" defer></script>";

    public const string Script = """
        (function () {
          "use strict";
          var shown = null;
          // The page served before any build succeeded: no last good pages, so say so, and reload on the first good build.
          var noSite = document.getElementById("briefing-no-site") !== null;
          function overlay(problems, failed) {
            if (shown) { shown.remove(); shown = null; }
            if (!problems.length) { return; }
            shown = document.createElement("div");
            shown.setAttribute("role", "alert");
            shown.style.cssText = "position:fixed;inset:auto 1rem 1rem 1rem;max-height:60vh;overflow:auto;z-index:2147483647;" +
              "background:#2b0b0b;color:#ffe9e9;font:14px/1.5 ui-monospace,monospace;padding:1rem 1.25rem;border-radius:8px;" +
              "box-shadow:0 8px 30px rgba(0,0,0,.4);white-space:pre-wrap";
            var title = document.createElement("strong");
            // A build that succeeded with warnings is not a failure: its pages are current, the warnings are for fixing.
            title.textContent = !failed
              ? "Built with warnings: these pages are up to date. Fix the files below to clear them.\n\n"
              : noSite
              ? "Build failed, and no build has succeeded yet. Fix the files below and save: this page reloads by itself.\n\n"
              : "Build failed: showing the last good pages. Fix the files below and save.\n\n";
            if (!failed) { shown.style.background = "#2b230b"; shown.style.color = "#fff6dd"; }
            shown.appendChild(title);
            problems.forEach(function (p) {
              var line = document.createElement("div");
              line.textContent = p;
              shown.appendChild(line);
            });
            document.body.appendChild(shown);
          }
          function status() {
            fetch("/__briefing/status").then(function (r) { return r.json(); }).then(function (s) { overlay(s.problems, s.failed); });
          }
          var source = new EventSource("/__briefing/events");
          var version = noSite ? 0 : null;
          source.addEventListener("build", function (e) {
            var s = JSON.parse(e.data);
            if (version !== null && s.version !== version) { location.reload(); return; }
            version = s.version;
            overlay(s.problems, s.failed);
          });
          status();
        })();
        """;

    /// <summary>The page with the live script before &lt;/body&gt; (or at the end when there is none).</summary>
    public static byte[] Inject(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + Tag : text.Insert(at, Tag));
    }

    /// <summary>
    /// The page served when no build has succeeded yet: it lists the problems (the overlay
    /// shows them live) and reloads itself on the first good build.
    /// </summary>
    public static byte[] NoSitePage(SiteSnapshot snapshot, Func<string, string> displayPath)
    {
        var problems = Problems(snapshot, displayPath).Select(WebUtility.HtmlEncode).ToList();
        var state = problems.Count == 0
            ? "<p>Building…</p>"
            : "<p>The content does not build yet. Fix the files below and save: this page reloads by itself when a build succeeds.</p>\n"
                + $"<noscript><pre>{string.Join('\n', problems)}</pre></noscript>";
        return Encoding.UTF8.GetBytes($$"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Briefing preview: no good build yet</title><link rel="stylesheet" href="{{StylePath}}"></head>
            <body id="briefing-no-site">
            <h1>No good build yet</h1>
            {{state}}
            {{Tag}}
            </body>
            </html>

            """);
    }

    /// <summary>The JSON the status endpoint and the event stream send; file paths as <paramref name="displayPath"/> shows them.</summary>
    public static string StatusJson(SiteSnapshot snapshot, Func<string, string> displayPath) => JsonSerializer.Serialize(new
    {
        version = snapshot.Version,
        failed = snapshot.Failed,
        problems = Problems(snapshot, displayPath),
    });

    private static string[] Problems(SiteSnapshot snapshot, Func<string, string> displayPath) =>
        [.. snapshot.Problems.Select(p => (p with { Span = p.Span with { File = displayPath(p.Span.File) } }).ToString())];
}
