using Briefing.Core.Model;
using Briefing.Layout.Blocks;
using Briefing.Pdf.Composition;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>The executive summary: the analysts' Markdown, its first paragraph set larger as the lead, beside a summary of what the briefing covers.</summary>
internal static class ExecutiveSummary
{
    public static Group Create(BriefingContext context)
    {
        var theme = context.Theme;
        var blocks = context.Markdown.Blocks(context.Info.ExecutiveSummary).ToList();
        if (blocks.Count > 0 && blocks[0] is Paragraph lead)
        {
            blocks[0] = lead with { Style = theme.Lead.Over(lead.Style), SpaceAfter = Space.Roomy };
        }

        // Two thirds of the width for the prose (a comfortable line length), the rest for what it covers.
        return new Group(
            SectionOpening.Create(context, SectionKind.ExecutiveSummary),
            new Columns(
                new Column([.. blocks]) { Width = ColumnWidth.Relative(2.1) },
                new Column(AtAGlance.Create(context)) { Width = ColumnWidth.Relative(1) })
            {
                Gap = theme.WideGutter,
            });
    }
}
