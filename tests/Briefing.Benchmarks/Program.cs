using Briefing.Benchmarks;

// Measures "fast at any size" (see README, Performance): for content 1, 10, 100 and 1,000 times the
// example, a checked, cold-process full build with each stage's time, pages per second, ms per site
// page and peak memory; the site against Hugo's on the same deals, companies and facts; and the
// save-to-preview time in `serve` at 100×.
// Run: dotnet run -c Release --project tests/Briefing.Benchmarks -- [options]   (--help lists them)
if (args.Contains("--help"))
{
    Console.WriteLine(BenchmarkSettings.Usage);
    return 0;
}

var settings = BenchmarkSettings.Parse(args);
var report = Console.Out;
report.WriteLine($"Briefing benchmark, {Environment.ProcessorCount} CPU(s); times from whole processes; CPU = user + system");
report.WriteLine();
ScaleBenchmark.Run(settings, report);
report.WriteLine();
if (settings.HugoScales.Count > 0)
{
    HugoComparison.Run(settings, report);
    report.WriteLine();
}

if (settings.ServeScale > 0)
{
    await ServeLoop.Run(settings, report);
}

return 0;
