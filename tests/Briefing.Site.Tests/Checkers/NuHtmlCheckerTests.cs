using System.Text.Json;
using Briefing.Testing.Fixtures;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Checkers;

/// <summary>The Nu HTML Checker (vnu.jar) on every page of the sample, hostile and real-content sites, and on the CSS, in one JVM.</summary>
public sealed class NuHtmlCheckerTests
{
    [ToolFact(ExternalTools.JavaTool, ExternalTools.VnuTool)]
    public void Every_page_and_stylesheet_has_no_errors()
    {
        using var sites = new TempDirectory("briefing-vnu-");
        SampleSite.Rendered.WriteTo(Path.Combine(sites.Path, "sample"));
        RenderedSite.Of(HostileBriefing.Create()).WriteTo(Path.Combine(sites.Path, "hostile"));
        if (CuratedSite.Exists)
        {
            CuratedSite.Rendered.WriteTo(Path.Combine(sites.Path, "content"));
        }

        // The checker reads every page of all three sites in one JVM; a few hundred pages take well under a minute.
        var run = TestProcess.Run(
            ExternalTools.Require(ExternalTools.JavaTool),
            ["-jar", ExternalTools.Require(ExternalTools.VnuTool), "--errors-only", "--format", "json", "--skip-non-html", "--also-check-css", sites.Path],
            TimeSpan.FromMinutes(3));
        var report = run.StandardError;

        using var json = JsonDocument.Parse(report);
        var errors = json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() != "info")
            .Select(m => $"{Relative(m, sites.Path)}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        var checkedPages = Directory.EnumerateFiles(sites.Path, "*.html", SearchOption.AllDirectories).Count();
        Assert.True(checkedPages > 20, $"only {checkedPages} pages written");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static string Relative(JsonElement message, string root) =>
        message.TryGetProperty("url", out var url) ? new Uri(url.GetString()!).LocalPath.Replace(root, "", StringComparison.Ordinal) : "?";
}
