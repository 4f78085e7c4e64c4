using Briefing.Site.Views;

namespace Briefing.Site.Pages;

/// <summary>Every deal: its kind, its parties and where it stands, each status with its own date.</summary>
internal sealed record DealsIndexPage(IReadOnlyList<DealSummaryView> Deals)
{
    public static DealsIndexPage Build(PageContext context) =>
        new([.. context.Model.Deals.Select(context.DealSummary)]);
}
