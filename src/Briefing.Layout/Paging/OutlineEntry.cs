namespace Briefing.Layout.Paging;

/// <summary>A heading as placed: its outline title, level and page.</summary>
public sealed record OutlineEntry(string Title, int Level, int Page, bool IsSection);
