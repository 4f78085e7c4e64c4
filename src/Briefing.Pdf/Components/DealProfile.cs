using System.Globalization;
using Briefing.Core.Model;
using Briefing.Layout.Blocks;
using Briefing.Layout.Text;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Text;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>
/// One deal: its kind and current status, the parties and their roles, signing, term and scope, the
/// summary, the dated status history, the facts, and links to related deals.
/// </summary>
internal static class DealProfile
{
    public static Group Create(BriefingContext context, Deal deal, int index, int count)
    {
        var theme = context.Theme;
        var blocks = new List<Block>
        {
            SectionOpening.ProfileMark(context),
            new Paragraph(Labels.Caps($"Deal {index.ToString(CultureInfo.InvariantCulture)} of {count.ToString(CultureInfo.InvariantCulture)} · {Labels.Of(deal.Kind)}"))
            {
                Style = theme.Kicker,
                KeepWithNext = true,
                SpaceAfter = Space.Small,
            },
            new Heading(2, deal.Title) { Anchor = Anchors.Deal(deal.Id), SpaceBefore = 0, SpaceAfter = Space.Small },
        };

        if (deal.CurrentStatus is { } status)
        {
            blocks.Add(new Paragraph(Run.Bold(Labels.Of(status.Status)), new Run($" · {status.Date.ToDisplay()}"))
            {
                Style = theme.Detail with { Color = theme.Muted },
                KeepWithNext = true,
                SpaceAfter = Space.Medium,
            });
        }

        blocks.Add(Details(context, deal));
        blocks.AddRange(context.Markdown.Blocks(deal.Summary, theme.Body, context.Markers.For(deal.Cites)));
        blocks.AddRange(History(context, deal));
        var facts = context.FactHomes.OfDeal(deal.Id);
        if (facts.Count > 0)
        {
            blocks.Add(SectionOpening.Label(context, "Facts"));
            blocks.AddRange(FactList.Create(context, facts));
        }

        return new Group(blocks);
    }

    private static Group Details(BriefingContext context, Deal deal)
    {
        var table = new DetailTable(context);
        var parties = deal.Parties.Select(p => (Block)new Paragraph(Subjects.CompanyLink(context, p.CompanyId, bold: true), new Run($" — {p.Role}", context.Theme.MutedText)) { SpaceAfter = Space.Hair }).ToList();
        table.Add(deal.Parties.Count == 1 ? "Party" : "Parties", parties);
        if (deal.Signed is { } signed)
        {
            table.Add("Signed", new Run(signed.Place is null ? signed.Date.ToDisplay() : $"{signed.Date.ToDisplay()}, {signed.Place}"));
        }

        if (!string.IsNullOrWhiteSpace(deal.Term))
        {
            table.Add("Term", new Run(Labels.Capitalise(deal.Term)));
        }
        else if (deal.Signed is not null)
        {
            // For a signed agreement an unknown duration is worth saying, as the site does.
            table.Add("Term", new Run("Not stated", context.Theme.FaintText));
        }

        if (deal.Scope.Count > 0)
        {
            table.Add("Scope", [new ListBlock(ListKind.Bulleted, [.. deal.Scope.Select(s => new ListItem(new Paragraph(s) { SpaceAfter = 0 }))]) { Indent = context.Theme.BulletIndent, ItemSpacing = Space.Hair, SpaceAfter = 0 }]);
        }

        // With the other particulars at the top, never trailing the facts where a page break could strand it.
        if (deal.Related.Count > 0)
        {
            table.Add("Related", [.. deal.Related.Select(id => RelatedDeal(context, id))]);
        }

        return table.Build();
    }

    private static Paragraph RelatedDeal(BriefingContext context, string id) =>
        new(Run.LinkTo(context.Model.Deal(id).Title, Anchors.Deal(id), context.Theme.Link),
            new Run(", page ", context.Theme.MutedText),
            Run.PageOf(Anchors.Deal(id), context.Theme.MutedText))
        {
            SpaceAfter = Space.Hair,
        };

    private static IEnumerable<Block> History(BriefingContext context, Deal deal)
    {
        if (deal.Status.Count == 0)
        {
            yield break;
        }

        yield return SectionOpening.Label(context, "Status history");
        for (var i = 0; i < deal.Status.Count; i++)
        {
            var step = deal.Status[i];
            // Without a note the markers follow the status itself rather than stand on a line of their own.
            var status = new Paragraph([Run.Bold(Labels.Of(step.Status)), .. step.Note is null ? context.Markers.For(step.Cites) : []])
            {
                Style = context.Theme.Detail,
                SpaceAfter = Space.Hair,
            };
            var content = new List<Block> { status };
            if (step.Note is not null)
            {
                content.AddRange(context.Markdown.Blocks(step.Note, context.Theme.Detail with { Color = context.Theme.Muted }, context.Markers.For(step.Cites)));
            }

            yield return DatedEntry.Create(context, step.Date.ToDisplay(), content) with { Anchor = Anchors.StatusStep(deal.Id, i + 1) };
        }
    }
}
