using System.Globalization;
using Briefing.Core.Model;
using Briefing.Layout.Blocks;
using Briefing.Layout.Text;
using Briefing.Pdf.Composition;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>
/// The contents page: every numbered section with the page it starts on, deals and companies beneath
/// their sections. Every title and page number links to its target; page numbers are filled in by layout.
/// </summary>
internal static class Contents
{
    public static Group Create(BriefingContext context)
    {
        var theme = context.Theme;
        var blocks = new List<Block> { SectionOpening.Create(context, SectionKind.Contents) };
        foreach (var kind in context.Sections.Numbered)
        {
            blocks.Add(new HorizontalRule { Stroke = theme.Hairline, SpaceBefore = 0, SpaceAfter = Space.Text });
            blocks.Add(Entry(context, kind));
            blocks.AddRange(SubEntries(context, kind));
        }

        return new Group(blocks);
    }

    private static Columns Entry(BriefingContext context, SectionKind kind)
    {
        var theme = context.Theme;
        var anchor = Anchors.Section(kind);
        var number = context.Sections.NumberOf(kind)!.Value.ToString("00", CultureInfo.InvariantCulture);
        var style = theme.ContentsEntry;
        return new Columns(
            new Column(new Paragraph(number) { Style = style with { Color = theme.Brand }, SpaceAfter = 0 }) { Width = ColumnWidth.Fixed(theme.NumberColumn) },
            new Column(new Paragraph(Run.LinkTo(SectionCatalog.Title(kind), anchor)) { Style = style, SpaceAfter = 0 }),
            new Column(PageNumber(anchor, style)) { Width = ColumnWidth.Fixed(theme.PageNumberColumn) })
        {
            Gap = 0,
            KeepWithNext = kind is SectionKind.Deals or SectionKind.Companies,
            SpaceAfter = Space.Text,
        };
    }

    private static IEnumerable<Block> SubEntries(BriefingContext context, SectionKind kind)
    {
        var entries = kind switch
        {
            SectionKind.Deals => context.Model.Deals.Select(d => (d.Title, Anchors.Deal(d.Id))).ToList(),
            SectionKind.Companies => context.Model.Companies.Select(c => (c.Name, Anchors.Company(c.Id))).ToList(),
            _ => [],
        };
        if (entries.Count == 0)
        {
            yield break;
        }

        // Long lists of short names (companies) take two columns; deal titles need the full width.
        var columns = kind == SectionKind.Companies ? 2 : 1;
        var perColumn = (entries.Count + columns - 1) / columns;
        var lists = Enumerable.Range(0, columns)
            .Select(i => new Column([.. entries.Skip(i * perColumn).Take(perColumn).Select(e => SubEntry(context, e.Item1, e.Item2))]))
            .ToList();
        yield return new Columns([new Column() { Width = ColumnWidth.Fixed(context.Theme.NumberColumn) }, .. lists]) { Gap = context.Theme.Gutter, SpaceAfter = Space.Medium };
    }

    private static Columns SubEntry(BriefingContext context, string title, string anchor)
    {
        var style = context.Theme.ContentsSubEntry;
        return new Columns(
            new Column(new Paragraph(Run.LinkTo(title, anchor)) { Style = style, SpaceAfter = 0 }),
            new Column(PageNumber(anchor, style)) { Width = ColumnWidth.Fixed(context.Theme.PageNumberColumn - context.Theme.Gutter) })
        {
            Gap = 0,
            SpaceAfter = Space.Tight,
        };
    }

    private static Paragraph PageNumber(string anchor, TextStyle style) =>
        new(Run.PageOf(anchor)) { Style = style, Alignment = TextAlignment.Right, SpaceAfter = 0 };
}
