using Briefing.Core.Model;
using Briefing.Layout.Blocks;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Text;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>The companies section: one profile per company, alphabetically.</summary>
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

        return new Group(blocks);
    }
}
