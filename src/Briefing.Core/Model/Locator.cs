using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Core.Model;

/// <summary>The paragraphs a citation's <c>at</c> names: "paragraph 8", "paragraphs 3–5", "paragraphs 3 and 7", "paragraph 2; paragraph 9".</summary>
internal static partial class Locator
{
    /// <summary>The paragraph numbers, in order; empty when the locator names no paragraph (or is absent).</summary>
    public static IReadOnlyList<int> Paragraphs(string? at)
    {
        if (string.IsNullOrWhiteSpace(at))
        {
            return [];
        }

        var numbers = new List<int>();
        // Only the numbers that follow "paragraph(s)": "page 3, paragraph 8" is paragraph 8, and
        // "paragraph 8 of the 2022 edition" is not also paragraph 2022.
        foreach (Match list in List().Matches(at))
        {
            foreach (Match part in Part().Matches(list.Groups["list"].Value))
            {
                var first = int.Parse(part.Groups["from"].Value, CultureInfo.InvariantCulture);
                var last = part.Groups["to"].Success ? int.Parse(part.Groups["to"].Value, CultureInfo.InvariantCulture) : first;
                // A range written backwards names its two ends; an absurdly long one is a typo, not a thousand paragraphs.
                if (last < first)
                {
                    numbers.Add(first);
                    numbers.Add(last);
                    continue;
                }

                for (var n = first; n <= last && n - first < 1_000; n++)
                {
                    numbers.Add(n);
                }
            }
        }

        return numbers;
    }

    [GeneratedRegex(@"\bparagraphs?\s+(?<list>\d{1,6}(?:\s*(?:-|–|—|to)\s*\d{1,6})?(?:\s*(?:,|&|and)\s*\d{1,6}(?:\s*(?:-|–|—|to)\s*\d{1,6})?)*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex List();

    [GeneratedRegex(@"(?<from>\d{1,6})(?:\s*(?:-|–|—|to)\s*(?<to>\d{1,6}))?", RegexOptions.CultureInvariant)]
    private static partial Regex Part();
}
