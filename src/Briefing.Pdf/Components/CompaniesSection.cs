using Briefing.Core.Model;
using Briefing.Layout.Blocks;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Text;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>The companies section: one profile per company, alphabetically, then the facts about no one company or deal.</summary>
internal static class CompaniesSection
{
    public static Group Create(BriefingContext context)
    {
        var companies = context.Model.Companies;
        var blocks = new List<Block>
        {
            SectionOpening.Create(context, SectionKind.Companies, $"{Numbers.Count(companies.Count, "company", "companies")} and organisations the sources name, alphabetically, with their people, deals and facts."),
        };
        for (var i = 0; i < companies.Count; i++)
        {
            blocks.Add(CompanyProfile.Create(context, companies[i]));
        }

        blocks.AddRange(OtherFacts.Create(context, SectionKind.Companies));

        return new Group(blocks);
    }
}
