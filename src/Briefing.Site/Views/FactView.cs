using Briefing.Core.Model;

namespace Briefing.Site.Views;

/// <summary>A fact with everything a page shows about it.</summary>
/// <remarks>
/// <c>Anchor</c>: The stable id, <c>fact-&lt;id&gt;</c>, so a figure can be linked to.<br/>
/// <c>Href</c>: The fact's row on the facts page, from this page.<br/>
/// <c>Statement</c>: Markdown.<br/>
/// <c>LinkText</c>: Plain text for link text: the figure in words, else the statement without markup.<br/>
/// <c>Subject</c>: The company (by name) or market the figure measures; null for plain facts.<br/>
/// <c>Timing</c>: When the figure holds, "26 March 2021, afternoon"; empty for plain facts and undated figures.<br/>
/// </remarks>
internal sealed record FactView(
    string Id,
    string Anchor,
    string Href,
    string Statement,
    string LinkText,
    Figure? Figure,
    string? Subject,
    string Timing,
    IReadOnlyList<CitationView> Cites,
    IReadOnlyList<LinkView> About,
    IReadOnlyList<LinkView> Deals);
