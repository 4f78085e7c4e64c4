using System.Globalization;
using Briefing.Core.Model;
using Briefing.Layout.Blocks;
using Briefing.Layout.Text;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Text;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>
/// Events grouped by year, oldest first. Each date is printed at its true precision ("2021",
/// "January 2021", "26 March 2021"), never filled out to a day the source did not give.
/// </summary>
internal static class Timeline
{
    public static Group Create(BriefingContext context)
    {
        var theme = context.Theme;
        var blocks = new List<Block>
        {
            SectionOpening.Create(context, SectionKind.Timeline, "Dated as precisely as the sources allow: a month or a year where no day is given."),
        };

        foreach (var year in context.Model.Events.GroupBy(e => e.Date.Year).OrderBy(g => g.Key))
        {
            blocks.Add(new Heading(2, year.Key.ToString(CultureInfo.InvariantCulture))
            {
                Anchor = Anchors.Year(year.Key),
                Style = theme.BrandText,
                SpaceBefore = Space.Subsection,
                SpaceAfter = Space.Small,
            });
            blocks.Add(new HorizontalRule { Stroke = theme.Hairline, SpaceBefore = 0, SpaceAfter = Space.Medium, KeepWithNext = true });
            blocks.AddRange(year.Select(e => Event(context, e)));
        }

        return new Group(blocks);
    }

    private static Columns Event(BriefingContext context, TimelineEvent item)
    {
        var theme = context.Theme;
        var content = new List<Block>
        {
            new Paragraph([Run.Bold(item.Title), .. context.Markers.For(item.Cites)]) { Style = theme.Detail, SpaceAfter = Space.Tight },
        };
        if (!string.IsNullOrWhiteSpace(item.Description))
        {
            content.AddRange(context.Markdown.Blocks(item.Description, theme.Detail with { Color = theme.Muted }).WithParagraphSpaceAfter(Space.Tight));
        }

        if (context.Has(SectionKind.Deals) && item.Deals.Count > 0)
        {
            var links = item.Deals.Select(id => Run.LinkTo(context.Model.Deal(id).Title, Anchors.Deal(id), theme.Link));
            content.Add(new Paragraph([new Run("Deals: ", theme.MutedText), .. RunJoin.Joined(links, "; ", theme.MutedText)])
            {
                Style = theme.Small,
                SpaceAfter = 0,
            });
        }

        return DatedEntry.Create(context, item.Date.ToDisplay(), content) with { Anchor = Anchors.Event(item.Id), SpaceAfter = Space.Block };
    }
}
