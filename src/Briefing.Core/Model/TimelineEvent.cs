namespace Briefing.Core.Model;

/// <summary>A dated moment on the timeline.</summary>
public sealed record TimelineEvent(
    string Id,
    PartialDate Date,
    string Title,
    string? Description,
    IReadOnlyList<string> Deals,
    IReadOnlyList<string> Companies,
    IReadOnlyList<string> Facts,
    IReadOnlyList<Citation> Cites);
