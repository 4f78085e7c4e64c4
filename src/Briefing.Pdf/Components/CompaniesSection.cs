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
        var intro = $"{Numbers.Count(companies.Count, "company", "companies")} and organisations the sources name, alphabetically, with their people, deals and facts.";
        return new Group(
        [
            SectionOpening.Create(context, SectionKind.Companies, intro),
            .. companies.Select(company => CompanyProfile.Create(context, company)),
            .. OtherFacts.Create(context, SectionKind.Companies),
        ]);
    }
}
