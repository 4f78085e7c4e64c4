namespace Briefing.Layout;

/// <summary>
/// A problem the engine worked around (a missing font or glyph, an unknown anchor, content taller than a page).
/// The document still renders; callers decide whether to show, log or fail on these.
/// </summary>
/// <param name="Code">A stable code, e.g. <c>LAY002</c>, so callers can filter.</param>
/// <param name="Message">What happened and what the engine did instead.</param>
/// <param name="Subject">What it is about, for callers that point at its source (a missing font's family name).</param>
public sealed record LayoutWarning(string Code, string Message, string? Subject = null)
{
    public override string ToString() => $"{Code}: {Message}";
}
