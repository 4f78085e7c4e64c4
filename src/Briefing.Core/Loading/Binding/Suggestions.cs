namespace Briefing.Core.Loading.Binding;

/// <summary>"Did you mean …": the closest known names to a misspelt one.</summary>
public static class Suggestions
{
    /// <summary>Up to <paramref name="count"/> candidates within a typo's distance, closest first.</summary>
    public static IReadOnlyList<string> Closest(string wrong, IEnumerable<string> candidates, int count = 3)
    {
        var limit = Math.Max(2, wrong.Length / 3);
        var near = candidates
            .Select(c => (Candidate: c, Distance: Distance(wrong.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(p => p.Distance <= limit)
            .ToList();
        if (near.Count == 0)
        {
            return [];
        }

        // Only the closest tier: 'publsher' suggests 'publisher', not also 'published'.
        var best = near.Min(p => p.Distance);
        return [.. near.Where(p => p.Distance == best)
            .OrderBy(p => p.Candidate, StringComparer.Ordinal)
            .Take(count)
            .Select(p => p.Candidate)];
    }

    /// <summary>A hint sentence: "did you mean 'x'?" or the allowed values when nothing is close.</summary>
    public static string Hint(string wrong, IReadOnlyCollection<string> candidates, string what)
    {
        var closest = Closest(wrong, candidates);
        if (closest.Count > 0)
        {
            return DidYouMean(closest);
        }

        return candidates.Count <= 12
            ? $"{what}: {string.Join(", ", candidates)}"
            : $"{what} include: {string.Join(", ", candidates.Take(12))}, …";
    }

    /// <summary>"did you mean 'a' or 'b'?": how every hint offers the closest names.</summary>
    public static string DidYouMean(IEnumerable<string> closest) =>
        $"did you mean {string.Join(" or ", closest.Select(c => $"'{c}'"))}?";

    /// <summary>Optimal string alignment distance: edits, with a swap of neighbours counting as one.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
