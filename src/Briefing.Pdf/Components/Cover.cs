using Briefing.Core.Model;
using Briefing.Layout.Blocks;
using Briefing.Layout.Canvas;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Text;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>
/// The cover: a short brand bar, publisher line, title, subtitle, edition, publisher and authors, and the
/// key takeaways. The brand colour appears only in the bar, the kicker and the takeaway numbers.
/// </summary>
internal static class Cover
{
    public static Group Create(BriefingContext context)
    {
        var theme = context.Theme;
        var info = context.Info;
        var blocks = new List<Block>
        {
            new Drawing(theme.CoverBar.Height, canvas => canvas.Rectangle(theme.CoverBar, theme.Brand)) { SpaceAfter = Space.Block },
            new Paragraph(Labels.Caps($"{info.Publisher} · Industry briefing")) { Style = theme.Kicker, SpaceAfter = 0 },
            new Spacer(theme.CoverTitleDrop),
            new Heading(1, info.Title)
            {
                Title = SectionCatalog.Title(SectionKind.Cover),
                Anchor = Anchors.Section(SectionKind.Cover),
                IsSection = true,
                Style = theme.CoverTitle,
                SpaceBefore = 0,
                SpaceAfter = Space.Block,
            },
        };

        if (!string.IsNullOrWhiteSpace(info.Subtitle))
        {
            blocks.Add(new Paragraph(info.Subtitle) { Style = theme.CoverSubtitle, SpaceAfter = Space.Subsection });
        }

        blocks.Add(MetaRow(context));
        if (info.Takeaways.Count > 0)
        {
            blocks.Add(new Spacer(theme.CoverTakeawaysDrop));
            blocks.Add(new HorizontalRule { Stroke = theme.BrandRule, SpaceBefore = 0, SpaceAfter = Space.Roomy });
            blocks.Add(new Paragraph(Labels.Caps("Key takeaways")) { Style = theme.Kicker, KeepWithNext = true, SpaceAfter = Space.Block });
            blocks.Add(NumberedPoints.Create(context, info.Takeaways, theme.Brand));
        }

        return new Group(blocks);
    }

    // Edition, publisher and authors side by side, each a small label over its value.
    private static Columns MetaRow(BriefingContext context)
    {
        var theme = context.Theme;
        var info = context.Info;
        Column Item(string label, string value, double weight) => new(
            new Paragraph(Labels.Caps(label)) { Style = theme.Label, SpaceAfter = Space.Hair },
            new Paragraph(value) { Style = theme.CoverMeta, SpaceAfter = 0 })
        {
            Width = ColumnWidth.Relative(weight),
        };

        var authors = info.Authors.Count == 0 ? info.Publisher : Labels.List(info.Authors);
        return new Columns(
            Item("Edition", info.Edition.ToDisplay(), 1),
            Item("Published by", info.Publisher, 1),
            Item(info.Authors.Count > 1 ? "Authors" : "Author", authors, 1.6))
        {
            Gap = theme.Gutter,
            KeepTogether = true,
        };
    }
}
