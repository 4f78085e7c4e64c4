namespace Briefing.Layout.Blocks;

/// <summary>Page numbers known to a <see cref="Dynamic"/> block: where each anchor landed in the previous pass.</summary>
public sealed class PageReferences
{
    private readonly IReadOnlyDictionary<string, int> _anchorPages;
    private readonly int? _totalPages;
    private readonly Action _onUse;

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
    public IReadOnlyList<(string Anchor, int Page)> PagesOfAnchorsStartingWith(string prefix)
    {
        _onUse();
        return [.. _anchorPages.Where(a => a.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => (a.Key, a.Value))];
    }
}
