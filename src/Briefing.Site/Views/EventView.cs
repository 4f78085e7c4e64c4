using Briefing.Core.Model;

namespace Briefing.Site.Views;

/// <summary>A timeline event; <see cref="Anchor"/> is <c>event-&lt;id&gt;</c> on the timeline page.</summary>
internal sealed record EventView(
    string Anchor,
    string Href,
    PartialDate Date,
    string Title,
    string? Description,
    IReadOnlyList<LinkView> Deals,
    IReadOnlyList<LinkView> Companies,
    IReadOnlyList<FactView> Facts,
    IReadOnlyList<CitationView> Cites);
