using Briefing.Core.Model;
using Briefing.Layout.Text;
using Briefing.Pdf.Composition;

namespace Briefing.Pdf.Components;

/// <summary>Companies and what a figure measures, named the same way by every component.</summary>
internal static class Subjects
{
    /// <summary>A company's name, linking to its profile when the briefing has a companies section.</summary>
    public static Run CompanyLink(BriefingContext context, string companyId, bool bold = false)
    {
        var name = context.CompanyName(companyId);
        if (!context.Has(SectionKind.Companies))
        {
            return bold ? Run.Bold(name) : new Run(name);
        }

        var style = bold ? context.Theme.Link with { Bold = true } : context.Theme.Link;
        return Run.LinkTo(name, Anchors.Company(companyId), style);
    }

    /// <summary>Who or what a figure measures: the company's name, else the market (null when neither is given).</summary>
    public static string? Of(BriefingContext context, Figure figure) =>
        figure.SubjectId is { } id ? context.CompanyName(id) : figure.Market;

    /// <summary>The subject and segment: "Great Wall Motor · Hong Kong shares".</summary>
    public static string WithSegment(BriefingContext context, Figure figure) =>
        string.Join(" · ", new[] { Of(context, figure), figure.Segment }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
