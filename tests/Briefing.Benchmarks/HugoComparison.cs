using System.Globalization;
using Briefing.Core;
using Briefing.Testing;

namespace Briefing.Benchmarks;

/// <summary>
/// Briefing's site against Hugo's on the same deals, companies and facts: whole processes, run in
/// alternating order pair by pair (Briefing first in odd pairs, Hugo first in even ones), per-page
/// cost = process time / HTML pages it wrote; the ratio is the median of the pairs' ratios, wall
/// and CPU, because the machine is shared and one run alone says little.
/// </summary>
internal static class HugoComparison
{
    public static void Run(BenchmarkSettings settings, TextWriter report)
    {
        var script = Path.Combine(Repository.SharedDirectory, "bench", "make-hugo-site.py");
        if (!OnPath("hugo"))
        {
            report.WriteLine("hugo not installed: skipped (apt-get install hugo)");
            return;
        }

        if (!File.Exists(script))
        {
            report.WriteLine($"{script} not found: Hugo comparison skipped");
            return;
        }

        report.WriteLine($"| scale | Briefing pages | Hugo pages | Briefing ms/page (wall, CPU) | Hugo ms/page (wall, CPU) | ratio wall | ratio CPU | pairs |");
        report.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var scale in settings.HugoScales)
        {
            using var work = new ScaledWork(settings, scale);
            var model = BriefingContent.Load(work.Content).Model ?? throw new InvalidOperationException($"the {scale}× content does not load");
            var data = Path.Combine(work.Root, "hugo-data.json");
            HugoData.Write(model, data);
            var site = Path.Combine(work.Root, "hugo-site");
            var made = ChildRun.Start("python3", [script, data, site], settings.Timeout);
            if (made.ExitCode != 0)
            {
                report.WriteLine($"make-hugo-site.py failed: {made.Output}");
                continue;
            }

            var hugoOut = Path.Combine(work.Root, "hugo-out");
            var pairs = new List<(double Wall, double Cpu, double HugoWall, double HugoCpu)>();
            var (briefingPages, hugoPages) = (0, 0);
            for (var pair = 0; pair < settings.Pairs; pair++)
            {
                ChildRun briefing, hugo;
                if (pair % 2 == 0)
                {
                    briefing = Briefing(settings, work);
                    hugo = Hugo(settings, site, hugoOut);
                }
                else
                {
                    hugo = Hugo(settings, site, hugoOut);
                    briefing = Briefing(settings, work);
                }

                if (briefing.ExitCode != 0 || hugo.ExitCode != 0)
                {
                    report.WriteLine($"a run failed: Briefing exit {briefing.ExitCode}, Hugo exit {hugo.ExitCode}\n{hugo.Output}");
                    break;
                }

                (briefingPages, hugoPages) = (work.SitePages(), ScaledWork.HtmlFiles(hugoOut));
                pairs.Add((briefing.WallMs / briefingPages, briefing.CpuMs / briefingPages, hugo.WallMs / hugoPages, hugo.CpuMs / hugoPages));
            }

            if (pairs.Count == 0)
            {
                continue;
            }

            report.WriteLine(string.Join(" | ", [
                $"| {scale}×",
                briefingPages.ToString(CultureInfo.InvariantCulture),
                hugoPages.ToString(CultureInfo.InvariantCulture),
                $"{Median(pairs.Select(p => p.Wall)):0.00}, {Median(pairs.Select(p => p.Cpu)):0.00}",
                $"{Median(pairs.Select(p => p.HugoWall)):0.00}, {Median(pairs.Select(p => p.HugoCpu)):0.00}",
                Median(pairs.Select(p => p.Wall / p.HugoWall)).ToString("0.00", CultureInfo.InvariantCulture),
                Median(pairs.Select(p => p.Cpu / p.HugoCpu)).ToString("0.00", CultureInfo.InvariantCulture),
                pairs.Count.ToString(CultureInfo.InvariantCulture),
            ]) + " |");
        }
    }

    private static ChildRun Briefing(BenchmarkSettings settings, ScaledWork work) =>
        Tool.Run(["build", "--only", "site", "--quiet", .. work.Arguments, "--out", work.Output], settings.Timeout);

    private static ChildRun Hugo(BenchmarkSettings settings, string site, string output)
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        return ChildRun.Start("hugo", ["--quiet", "-s", site, "-d", output], settings.Timeout);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, program)));
}
