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
        var blocks = new List<Block>
        {
            SectionOpening.Create(context, SectionKind.Deals, $"{Numbers.Count(deals.Count, "deal", "deals")}, oldest first, each with its parties, status history and sources."),
        };
        for (var i = 0; i < deals.Count; i++)
        {
            blocks.Add(DealProfile.Create(context, deals[i], i + 1, deals.Count));
        }

        return new Group(blocks);
    }

}
