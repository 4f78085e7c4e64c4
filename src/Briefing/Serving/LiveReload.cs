using System.Text;
using System.Text.Json;
using Briefing.Core.Diagnostics;

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

    private static readonly byte[] Tag = Encoding.UTF8.GetBytes($"<script src=\"{ScriptPath}\" defer></script>");

    public const string Script = """
        (function () {
          "use strict";
          var shown = null;
          function overlay(problems) {
            if (shown) { shown.remove(); shown = null; }
            if (!problems.length) { return; }
            shown = document.createElement("div");
            shown.setAttribute("role", "alert");
            shown.style.cssText = "position:fixed;inset:auto 1rem 1rem 1rem;max-height:60vh;overflow:auto;z-index:2147483647;" +
              "background:#2b0b0b;color:#ffe9e9;font:14px/1.5 ui-monospace,monospace;padding:1rem 1.25rem;border-radius:8px;" +
              "box-shadow:0 8px 30px rgba(0,0,0,.4);white-space:pre-wrap";
            var title = document.createElement("strong");
            title.textContent = "Build failed: showing the last good pages. Fix the files below and save.\n\n";
            shown.appendChild(title);
            problems.forEach(function (p) {
              var line = document.createElement("div");
              line.textContent = p;
              shown.appendChild(line);
            });
            document.body.appendChild(shown);
          }
          function status() {
            fetch("/__briefing/status").then(function (r) { return r.json(); }).then(function (s) { overlay(s.problems); });
          }
          var source = new EventSource("/__briefing/events");
          var version = null;
          source.addEventListener("build", function (e) {
            var s = JSON.parse(e.data);
            if (version !== null && s.version !== version) { location.reload(); return; }
            version = s.version;
            overlay(s.problems);
          });
          status();
        })();
        """;

    /// <summary>The page with the live script before &lt;/body&gt; (or at the end when there is none).</summary>
    public static byte[] Inject(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var tag = Encoding.UTF8.GetString(Tag);
        return Encoding.UTF8.GetBytes(at < 0 ? text + tag : text.Insert(at, tag));
    }

    /// <summary>The JSON the status endpoint and the event stream send.</summary>
    public static string StatusJson(SiteSnapshot snapshot) => JsonSerializer.Serialize(new
    {
        version = snapshot.Version,
        problems = snapshot.Problems.Where(p => p.Severity == Severity.Error).Select(p => p.ToString()).ToArray(),
    });
}
