using Briefing.Core.Model;

namespace Briefing.Site.Views;

/// <summary>A deal as lists show it: title, kind, date, parties, where it stands.</summary>
internal sealed record DealSummaryView(
    string Href,
    string Title,
    DealKind Kind,
    PartialDate? Date,
    IReadOnlyList<LinkView> Parties,
    StatusStep? Current,
    string Summary);
