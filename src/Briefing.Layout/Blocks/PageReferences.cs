namespace Briefing.Layout.Blocks;

/// <summary>Page numbers known to a <see cref="Dynamic"/> block: where each anchor landed in the previous pass.</summary>
public sealed class PageReferences
{
    private readonly IReadOnlyDictionary<string, int> _anchorPages;
    private readonly int? _totalPages;
    private readonly Action _onUse;
    private string[]? _sortedAnchors;

    internal PageReferences(IReadOnlyDictionary<string, int> anchorPages, int? totalPages, Action onUse)
    {
        _anchorPages = anchorPages;
        _totalPages = totalPages;
        _onUse = onUse;
    }

    /// <summary>Pages in the document as of the previous pass; null in the first pass.</summary>
    public int? TotalPages
    {
        get
        {
            _onUse();
            return _totalPages;
        }
    }

    /// <summary>The 1-based page an anchor landed on, or null when not (yet) known.</summary>
    public int? PageOf(string anchor)
    {
        _onUse();
        return _anchorPages.TryGetValue(anchor, out var page) ? page : null;
    }

    /// <summary>Every anchor whose id starts with a prefix, with its page, in page order (e.g. all "cite-3-" markers).</summary>
    /// <remarks>
    /// The anchors are sorted once per pass and each prefix found by binary search: a source list asks once per
    /// source, and scanning every anchor for each made that quadratic in the size of the document.
    /// </remarks>
    public IReadOnlyList<(string Anchor, int Page)> PagesOfAnchorsStartingWith(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        _onUse();
        var sorted = _sortedAnchors ??= [.. _anchorPages.Keys.Order(StringComparer.Ordinal)];
        var found = new List<(string Anchor, int Page)>();
        for (var i = FirstAtOrAfter(sorted, prefix); i < sorted.Length && sorted[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            found.Add((sorted[i], _anchorPages[sorted[i]]));
        }

        // Already in id order, so a stable sort by page gives page, then id.
        return [.. found.OrderBy(a => a.Page)];
    }

    private static int FirstAtOrAfter(string[] sorted, string value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (string.CompareOrdinal(sorted[middle], value) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
