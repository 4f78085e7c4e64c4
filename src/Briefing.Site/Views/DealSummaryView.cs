using Briefing.Core.Model;

namespace Briefing.Site.Views;

/// <summary>A deal as lists show it: title, kind, parties, and where it stands.</summary>
/// <remarks>
/// <c>Current</c>: the latest status step. Lists print its status with its own date (partial
/// <c>deal-status</c>), never another step's date: "Denied · March 2023", not the date talks were first reported.<br/>
/// </remarks>
internal sealed record DealSummaryView(
    string Href,
    string Title,
    DealKind Kind,
    IReadOnlyList<LinkView> Parties,
    StatusStep? Current,
    string Summary);
