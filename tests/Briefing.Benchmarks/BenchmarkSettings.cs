using System.Globalization;
using Briefing.Testing;

namespace Briefing.Benchmarks;

/// <summary>What to measure, from the command line; every option has a default, so no argument runs everything.</summary>
internal sealed record BenchmarkSettings(
    IReadOnlyList<int> Scales,
    IReadOnlyList<int> HugoScales,
    int Pairs,
    int ServeScale,
    int Edits,
    TimeSpan Timeout,
    string ContentDirectory,
    string TemplatesDirectory)
{
    public const string Usage = """
        dotnet run -c Release --project tests/Briefing.Benchmarks -- [options]
          --scales 1,10,100,1000     content sizes to build (copies of content/)
          --hugo-scales 10,100,1000  sizes for the side-by-side with Hugo (0 to skip)
          --pairs 5                  alternating Briefing/Hugo runs per size
          --serve-scale 100          size for the save-to-preview measurement in serve (0 to skip)
          --edits 15                 saves timed in serve
          --timeout-minutes 30       a build running longer is killed and reported
        """;

    public static BenchmarkSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new BenchmarkSettings([1, 10, 100, 1000], [10, 100, 1000], 5, 100, 15, TimeSpan.FromMinutes(30),
            Repository.ContentDirectory, Repository.TemplatesDirectory);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            settings = args[i] switch
            {
                "--scales" => settings with { Scales = Ints(value) },
                "--hugo-scales" => settings with { HugoScales = Ints(value) },
                "--pairs" => settings with { Pairs = Int(value) },
                "--serve-scale" => settings with { ServeScale = Int(value) },
                "--edits" => settings with { Edits = Int(value) },
                "--timeout-minutes" => settings with { Timeout = TimeSpan.FromMinutes(Int(value)) },
                _ => throw new ArgumentException($"unknown option {args[i]}\n{Usage}"),
            };
        }

        return args.Count % 2 == 0 ? settings : throw new ArgumentException(Usage);
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static int[] Ints(string text) => [.. text.Split(',').Select(Int).Where(n => n > 0)];
}
