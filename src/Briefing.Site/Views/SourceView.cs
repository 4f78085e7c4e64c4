using Briefing.Core.Model;

namespace Briefing.Site.Views;

/// <summary>An entry of the numbered source list.</summary>
/// <remarks>
/// <c>Anchor</c>: <c>source-&lt;id&gt;</c>, the target of every citation of this source.<br/>
/// <c>WebUrl</c>: The source's web address when it is an http(s) URL; else null and the title is plain text.<br/>
/// <c>TitleLang</c>: A lang attribute for the title when its language differs from the briefing's.<br/>
/// <c>InferredBecause</c>: Why the date is inferred, when it is; the date is then marked "inferred".<br/>
/// <c>Notes</c>: Markdown caveats, e.g. a machine translation's slips.<br/>
/// </remarks>
internal sealed record SourceView(
    int SourceNumber,
    string Anchor,
    string Title,
    string? WebUrl,
    string? TitleLang,
    string? Publisher,
    IReadOnlyList<string> Authors,
    PartialDate Published,
    string? InferredBecause,
    SourceKind Kind,
    string? BasedOn,
    string? Notes,
    IReadOnlyList<FactView> CitingFacts);
