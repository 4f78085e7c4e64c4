using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Benchmarks;

/// <summary>The per-stage lines a build prints (<c>site   592 ms  40 files</c>), read back.</summary>
internal static partial class StageTimes
{
    public static IReadOnlyDictionary<string, long> Parse(string output) =>
        StageLine().Matches(output)
            .GroupBy(m => m.Groups["stage"].Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => long.Parse(g.Last().Groups["ms"].Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);

    [GeneratedRegex(@"^(?<stage>load|validate|site|pdf|write)\s+(?<ms>\d+) ms", RegexOptions.Multiline)]
    private static partial Regex StageLine();
}
