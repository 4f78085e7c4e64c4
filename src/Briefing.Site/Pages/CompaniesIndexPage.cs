using Briefing.Core.Model;
using Briefing.Site.Views;

namespace Briefing.Site.Pages;

/// <summary>Every company, mapped or not: its roles, its Chinese name where known, and how many deals it is party to.</summary>
internal sealed record CompaniesIndexPage(IReadOnlyList<CompanyRowView> Companies)
{
    public static CompaniesIndexPage Build(PageContext context)
    {
        var model = context.Model;
        return new CompaniesIndexPage([.. model.Companies
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Select(c => new CompanyRowView(
                context.Company(c.Id),
                c.ChineseName,
                c.Roles,
                model.DealsOf(c.Id).Count,
                context.ParentOf(c)))]);
    }
}

/// <summary>A company on the companies index.</summary>
/// <remarks><c>DealCount</c>: the deals it is a party to.<br/></remarks>
internal sealed record CompanyRowView(LinkView Company, string? ChineseName, IReadOnlyList<CompanyRole> Roles, int DealCount, LinkView? Parent);
