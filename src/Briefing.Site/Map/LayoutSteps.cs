namespace Briefing.Site.Map;

/// <summary>
/// Counts the basic steps a layout takes (a pair of lines compared, a neighbour visited), so a test
/// can bound a layout's cost by what it does, which a shared machine's clock cannot.
/// </summary>
internal sealed class LayoutSteps
{
    public long Count { get; private set; }

    public void Add(long steps) => Count += steps;
}
