using Briefing.Layout.Blocks;
using Briefing.Layout.Paging;
using Briefing.Layout.Text;
using Briefing.Pdf.Composition;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>
/// Running header (briefing title, current section) and footer (publisher and edition, "Page X of Y"),
/// separated from the body by hairlines. The cover has neither.
/// </summary>
internal sealed class PageFrame
{
    private readonly BriefingContext _context;

    public PageFrame(BriefingContext context)
    {
        _context = context;
    }

    public Block Header(PageContext page)
    {
        var theme = _context.Theme;
        return new Group(
            new Columns(
                new Column(new Paragraph(_context.Info.Title) { Style = theme.Running, SpaceAfter = 0 }) { Width = ColumnWidth.Relative(3) },
                new Column(new Paragraph(page.SectionTitle ?? "") { Style = theme.Running with { Bold = true, Color = theme.Muted }, Alignment = TextAlignment.Right, SpaceAfter = 0 }) { Width = ColumnWidth.Relative(1.2) })
            {
                Gap = theme.Gutter,
            },
            new HorizontalRule { Stroke = theme.Hairline, SpaceBefore = Space.Small, SpaceAfter = 0 });
    }

    public Block Footer(PageContext page)
    {
        var theme = _context.Theme;
        var info = _context.Info;
        return new Group(
            new HorizontalRule { Stroke = theme.Hairline, SpaceBefore = 0, SpaceAfter = Space.Small },
            new Columns(
                new Column(new Paragraph($"{info.Publisher} · Edition of {info.Edition.ToDisplay()}") { Style = theme.Running, SpaceAfter = 0 }) { Width = ColumnWidth.Relative(3) },
                new Column(new Paragraph($"Page {page.PageNumber} of {page.TotalPages}") { Style = theme.Running with { Color = theme.Muted }, Alignment = TextAlignment.Right, SpaceAfter = 0 }) { Width = ColumnWidth.Relative(1.2) })
            {
                Gap = theme.Gutter,
            });
    }
}
