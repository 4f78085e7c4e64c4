using Briefing.Core.Model;
using Briefing.Layout.Blocks;
using Briefing.Layout.Text;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Text;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>
/// One company: its names (the Chinese name beside the English), roles, parent and subsidiaries,
/// headquarters, people with their roles, its deals, the description and the facts about it.
/// </summary>
internal static class CompanyProfile
{
    public static Group Create(BriefingContext context, Company company)
    {
        var theme = context.Theme;
        var title = company.ChineseName is null
            ? new[] { new Run(company.Name) }
            : [new Run(company.Name), new Run("  " + company.ChineseName, theme.MutedText with { Bold = false })];
        var blocks = new List<Block>
        {
            SectionOpening.ProfileMark(context),
            new Paragraph(Labels.Caps(string.Join(" · ", company.Roles.Select(r => Labels.Of(r))))) { Style = theme.Kicker, KeepWithNext = true, SpaceAfter = Space.Small },
            new Heading(2, title)
            {
                Anchor = Anchors.Company(company.Id),
                Title = company.ChineseName is null ? company.Name : $"{company.Name} ({company.ChineseName})",
                SpaceBefore = 0,
                SpaceAfter = company.Aliases.Count > 0 ? Space.Tight : Space.Medium,
            },
        };

        if (company.Aliases.Count > 0)
        {
            blocks.Add(new Paragraph("Also known as " + Labels.List(company.Aliases)) { Style = theme.SmallMuted, KeepWithNext = true, SpaceAfter = Space.Medium });
        }

        blocks.Add(Details(context, company));
        if (!string.IsNullOrWhiteSpace(company.Description))
        {
            blocks.AddRange(context.Markdown.Blocks(company.Description, theme.Body, context.Markers.For(company.Cites)));
        }

        blocks.AddRange(Facts(context, company));

        // A profile reads as one card: it moves whole rather than break, unless that would leave a large
        // blank at a page's foot; then it breaks, its heading kept with what follows.
        return new Group(blocks) { KeepTogether = true, KeepTogetherMaxGap = context.Theme.ProfileMaxGap };
    }

    // Facts that belong to one of the company's own deals are listed with that deal (linked above);
    // repeating them here would double the section without telling the reader anything new.
    private static IEnumerable<Block> Facts(BriefingContext context, Company company)
    {
        var all = context.Model.FactsAbout(company.Id);
        var facts = context.FactHomes.OfCompany(company.Id);
        var elsewhere = facts.Count < all.Count;
        if (all.Count == 0)
        {
            yield break;
        }

        if (facts.Count > 0)
        {
            yield return SectionOpening.Label(context, "Facts");
            foreach (var block in FactList.Create(context, facts))
            {
                yield return block;
            }
        }

        if (elsewhere)
        {
            yield return new Paragraph(facts.Count == 0
                ? "The facts about this company concern its deals and are listed with them."
                : "Facts about its deals are listed with each deal.")
            {
                Style = context.Theme.SmallMuted with { Italic = true },
            };
        }
    }

    private static Group Details(BriefingContext context, Company company)
    {
        var theme = context.Theme;
        var table = new DetailTable(context);
        if (company.Headquarters is { } headquarters)
        {
            table.Add("Headquarters", new Run(headquarters));
        }

        if (company.ParentId is { } parent)
        {
            table.Add("Parent", [Subjects.CompanyLink(context, parent, bold: true), .. context.Markers.For(company.ParentCites)]);
        }

        var subsidiaries = context.Model.SubsidiariesOf(company.Id);
        if (subsidiaries.Count > 0)
        {
            table.Add("Subsidiaries", [.. RunJoin.Joined(subsidiaries.Select(s => Subjects.CompanyLink(context, s.Id, bold: true)), ", ")]);
        }

        table.Add("People", [.. company.People.Select(p => (Block)new Paragraph([Run.Bold(p.Name), new Run($" — {p.Role}", theme.MutedText), .. context.Markers.For(p.Cites)]) { SpaceAfter = Space.Hair })]);
        if (context.Has(SectionKind.Deals))
        {
            table.Add("Deals", [.. context.Model.DealsOf(company.Id).Select(d => (Block)new Paragraph(Run.LinkTo(d.Title, Anchors.Deal(d.Id), theme.Link)) { SpaceAfter = Space.Hair })]);
        }

        return table.Build();
    }
}
