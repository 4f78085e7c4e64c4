using Briefing.Core.Model;
using Briefing.Layout.Blocks;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Text;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>
/// How the briefing was made (briefing.yaml's <c>method</c>), at the executive summary's measure, beside
/// a colophon: the edition it describes, who published and wrote it, and its language.
/// </summary>
internal static class MethodPage
{
    public static Group Create(BriefingContext context)
    {
        var theme = context.Theme;
        var info = context.Info;
        IReadOnlyList<Block> text = string.IsNullOrWhiteSpace(info.Method)
            ? [new Paragraph("No method statement was given for this edition.") { Style = theme.Intro }]
            : context.Markdown.Blocks(info.Method);
        return new Group(
            SectionOpening.Create(context, SectionKind.Method),
            new Columns(
                new Column([.. text]) { Width = ColumnWidth.Relative(2.1) },
                new Column(Colophon(context)) { Width = ColumnWidth.Relative(1) })
            {
                Gap = theme.WideGutter,
            });
    }

    private static Box Colophon(BriefingContext context)
    {
        var theme = context.Theme;
        var info = context.Info;
        var entries = new List<(string Label, string Value)>
        {
            ("Edition", info.Edition.ToDisplay()),
            ("Published by", info.Publisher),
        };
        if (info.Authors.Count > 0)
        {
            entries.Add((info.Authors.Count == 1 ? "Author" : "Authors", Labels.List(info.Authors)));
        }

        entries.Add(("Sources", $"{Numbers.Count(context.Model.Sources.Count, "source", "sources")}, listed on the sources pages"));
        var blocks = new List<Block> { new Paragraph(Labels.Caps("This edition")) { Style = theme.Kicker, SpaceAfter = Space.Medium } };
        foreach (var (label, value) in entries)
        {
            blocks.Add(new Paragraph(Labels.Caps(label)) { Style = theme.Label, SpaceAfter = Space.Hair });
            blocks.Add(new Paragraph(value) { Style = theme.Small, SpaceAfter = Space.Roomy });
        }

        return new Box([.. blocks]) { Background = theme.Tint, Padding = theme.PanelPadding, SpaceAfter = 0 };
    }
}
