using System.Text.Json;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Browser;

/// <summary>Runs axe-core in the loaded page and returns its serious and critical violations as lines.</summary>
internal static class AxeAudit
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(ExternalTools.Require(ExternalTools.AxeTool)));

    private const string Run = """
        axe.run(document, { resultTypes: ['violations'], preload: false }).then(function (r) {
          return JSON.stringify(r.violations
            .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
            .map(function (v) {
              return v.impact + ' ' + v.id + ': ' + v.help + ' at ' +
                v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ');
            }));
        })
        """;

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(ChromiumSession session)
    {
        // Injected once per page load: a navigation discards it.
        await session.EvaluateAsync("typeof axe === 'undefined' ? (0, eval)(" + JsonSerializer.Serialize(Script.Value) + ") : 0");
        var json = await session.EvaluateAsync(Run);
        return JsonSerializer.Deserialize<string[]>(json.GetString() ?? "[]") ?? [];
    }
}
