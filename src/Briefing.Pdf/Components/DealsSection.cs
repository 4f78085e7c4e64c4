using Briefing.Core.Model;
using Briefing.Layout.Blocks;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Text;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>The deals section: one profile per deal, in order of each deal's key date.</summary>
internal static class DealsSection
{
    public static Group Create(BriefingContext context)
    {
        var deals = context.Model.Deals;
        var intro = $"{Numbers.Count(deals.Count, "deal", "deals")}, oldest first, each with its parties, status history and sources.";
        return new Group(
        [
            SectionOpening.Create(context, SectionKind.Deals, intro),
            .. deals.Select((deal, i) => DealProfile.Create(context, deal, i + 1, deals.Count)),
        ]);
    }
}
