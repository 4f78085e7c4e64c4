namespace Briefing.Layout.Paging;

/// <summary>What a running header or footer knows about the page it is drawn on.</summary>
/// <param name="PageNumber">1-based.</param>
/// <param name="TotalPages">Pages in the document.</param>
/// <param name="SectionTitle">Title of the last section heading that starts on or before this page, or null before the first.</param>
public sealed record PageContext(int PageNumber, int TotalPages, string? SectionTitle)
{
    public bool IsFirstPage => PageNumber == 1;
}
