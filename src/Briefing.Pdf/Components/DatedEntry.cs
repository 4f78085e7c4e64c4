using Briefing.Layout.Blocks;
using Briefing.Pdf.Composition;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>
/// A date in a narrow left column and what happened beside it: deal status steps and timeline events.
/// The date is printed as precisely as the source gives it, never more.
/// </summary>
internal static class DatedEntry
{
    public static Columns Create(BriefingContext context, string date, IReadOnlyList<Block> content)
    {
        var theme = context.Theme;
        return new Columns(
            new Column(new Paragraph(date) { Style = theme.Detail with { Bold = true, Color = theme.Brand }, SpaceAfter = 0 }) { Width = ColumnWidth.Fixed(theme.DateColumn) },
            new Column([.. content]))
        {
            Gap = Space.Medium,
            KeepTogether = true,
            SpaceAfter = Space.Medium,
        };
    }
}
