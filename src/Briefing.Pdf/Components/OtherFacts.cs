using Briefing.Core.Model;
using Briefing.Layout.Blocks;
using Briefing.Pdf.Composition;

namespace Briefing.Pdf.Components;

/// <summary>
/// "Other facts": what the sources say that concerns no one company or deal of the briefing (the state of
/// an industry, a market), so every fact is printed somewhere. It closes the section <see cref="FactHomes"/>
/// chooses: the companies section, or the key figures section when there is none.
/// </summary>
internal static class OtherFacts
{
    public static IReadOnlyList<Block> Create(BriefingContext context, SectionKind section)
    {
        var facts = context.FactHomes.Others;
        if (context.FactHomes.OthersSection != section || facts.Count == 0)
        {
            return [];
        }

        return
        [
            SectionOpening.Subheading(context, "Other facts", Anchors.Subsection(section, "other-facts")),
            SectionOpening.SubsectionIntro(context, "What the sources say that concerns no single company or deal."),
            .. FactList.Create(context, facts),
        ];
    }
}
