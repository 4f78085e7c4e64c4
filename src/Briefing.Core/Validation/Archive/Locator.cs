using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Core.Validation.Archive;

/// <summary>The paragraphs a citation's <c>at</c> names: "paragraph 8", "paragraphs 3–5", "paragraphs 3 and 7", "paragraph 2; paragraph 9".</summary>
internal static partial class Locator
{
    /// <summary>The paragraph numbers, in order; empty when the locator names no paragraph (or is absent).</summary>
    public static IReadOnlyList<int> Paragraphs(string? at)
    {
        if (string.IsNullOrWhiteSpace(at) || !Mentions().IsMatch(at))
        {
            return [];
        }

        var numbers = new List<int>();
        foreach (Match part in Part().Matches(at))
        {
            var first = int.Parse(part.Groups["from"].Value, CultureInfo.InvariantCulture);
            var last = part.Groups["to"].Success ? int.Parse(part.Groups["to"].Value, CultureInfo.InvariantCulture) : first;
            // A range written backwards or absurdly long is a typo, not ten thousand paragraphs.
            for (var n = first; n <= last && n - first < 1_000; n++)
            {
                numbers.Add(n);
            }
        }

        return numbers;
    }

    [GeneratedRegex(@"\bparagraphs?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mentions();

    [GeneratedRegex(@"(?<from>\d{1,6})(?:\s*(?:-|–|—|to)\s*(?<to>\d{1,6}))?", RegexOptions.CultureInvariant)]
    private static partial Regex Part();
}
