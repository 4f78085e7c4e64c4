using System.Globalization;

namespace Briefing.Benchmarks;

/// <summary>
/// For each scale: writes the synthetic content, checks it, builds both products in a fresh process
/// and prints one row per stage: time, pages, pages per second, ms per site page, peak memory.
/// </summary>
internal static class ScaleBenchmark
{
    public static void Run(BenchmarkSettings settings, TextWriter report)
    {
        report.WriteLine("| scale | files | check | load ms | validate ms | site ms | pdf ms | write ms | wall s | CPU s | site pages | pages/s (site) | ms/site page | peak MiB |");
        report.WriteLine("| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var scale in settings.Scales)
        {
            using var work = new ScaledWork(settings, scale);
            var check = Tool.Run(["check", .. work.Arguments], settings.Timeout);
            var build = Tool.Run(["build", .. work.Arguments, "--out", work.Output], settings.Timeout);
            var stages = StageTimes.Parse(build.Output);
            var pages = work.SitePages();
            var site = stages.GetValueOrDefault("site");
            report.WriteLine(string.Join(" | ", [
                $"| {scale}×",
                work.Files.ToString(CultureInfo.InvariantCulture),
                check.ExitCode == 0 ? "passes" : $"exit {check.ExitCode}",
                Stage(stages, "load"), Stage(stages, "validate"), Stage(stages, "site"), Stage(stages, "pdf"), Stage(stages, "write"),
                build.TimedOut ? $"killed after {settings.Timeout.TotalSeconds:0}" : (build.WallMs / 1000).ToString("0.00", CultureInfo.InvariantCulture),
                (build.CpuMs / 1000).ToString("0.00", CultureInfo.InvariantCulture),
                pages.ToString(CultureInfo.InvariantCulture),
                site > 0 ? (pages * 1000.0 / site).ToString("0", CultureInfo.InvariantCulture) : "–",
                pages > 0 ? ((double)site / pages).ToString("0.00", CultureInfo.InvariantCulture) : "–",
                build.PeakKiB is { } kib ? (kib / 1024).ToString(CultureInfo.InvariantCulture) : "n/a",
            ]) + " |");
            if (check.ExitCode != 0 || build.ExitCode != 0)
            {
                report.WriteLine(Tail(check.ExitCode != 0 ? check.Output : build.Output));
            }
        }
    }

    private static string Stage(IReadOnlyDictionary<string, long> stages, string name) =>
        stages.TryGetValue(name, out var ms) ? ms.ToString(CultureInfo.InvariantCulture) : "–";

    // The tool's own last lines, without /usr/bin/time's report (its lines start with a tab or "Command being timed").
    private static string Tail(string text) => string.Join('\n', text.Split('\n')
        .Where(l => !l.StartsWith('\t') && !l.StartsWith("\tCommand", StringComparison.Ordinal) && !l.StartsWith("Command being timed", StringComparison.Ordinal))
        .TakeLast(15));
}
