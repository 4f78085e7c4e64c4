namespace Briefing.Pdf.Composition;

/// <summary>
/// Hands out each fact's anchor (<c>fact-id</c>) once, so every fact is a named destination and none is
/// claimed twice. A figure's anchor is reserved for its row in the "All figures" table, its fullest entry;
/// any other fact's goes to the first place that prints its statement.
/// </summary>
internal sealed class FactAnchors
{
    private readonly HashSet<string> _reserved;
    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);

    /// <param name="reserved">Facts whose anchor belongs to their row in the figures table.</param>
    public FactAnchors(IEnumerable<string> reserved)
    {
        _reserved = new HashSet<string>(reserved, StringComparer.Ordinal);
    }

    /// <summary>The anchor for a place that prints the fact, or null when it is taken or reserved.</summary>
    public string? Claim(string factId) =>
        !_reserved.Contains(factId) && _issued.Add(factId) ? Anchors.Fact(factId) : null;

    /// <summary>The anchor for the fact's row in the figures table, or null when it is already placed.</summary>
    public string? ClaimRow(string factId) => _issued.Add(factId) ? Anchors.Fact(factId) : null;
}
