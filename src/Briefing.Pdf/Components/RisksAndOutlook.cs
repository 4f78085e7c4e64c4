using Briefing.Core.Model;
using Briefing.Layout.Blocks;
using Briefing.Pdf.Composition;

namespace Briefing.Pdf.Components;

/// <summary>
/// Risks, then outlook: numbered points with the markers of the facts they rest on. Risk numbers take
/// the accent colour, the one place it appears in the body.
/// </summary>
internal static class RisksAndOutlook
{
    public static Group Create(BriefingContext context)
    {
        var theme = context.Theme;
        var info = context.Info;
        var blocks = new List<Block>
        {
            SectionOpening.Create(context, SectionKind.RisksAndOutlook, "What could go wrong, and what the sources expect; each point rests on the facts whose sources it cites."),
        };

        if (info.Risks.Count > 0)
        {
            blocks.Add(SectionOpening.Subheading(context, "Risks", Anchors.Subsection(SectionKind.RisksAndOutlook, "risks")) with { SpaceBefore = 0 });
            blocks.Add(NumberedPoints.Create(context, info.Risks, theme.Accent));
        }

        if (info.Outlook.Count > 0)
        {
            blocks.Add(SectionOpening.Subheading(context, "Outlook", Anchors.Subsection(SectionKind.RisksAndOutlook, "outlook")));
            blocks.Add(NumberedPoints.Create(context, info.Outlook, theme.Brand));
        }

        return new Group(blocks);
    }
}
