using Briefing.Layout.Blocks;

namespace Briefing.Layout.Paging;

/// <summary>
/// Page size, margins, and the running header and footer. The body flows inside the margins; the header
/// is drawn with its top <see cref="HeaderDistance"/> below the page's top edge (inside the top margin), the
/// footer with its bottom <see cref="FooterDistance"/> above the bottom edge.
/// </summary>
public sealed record PageTemplate
{
    public PageSize Size { get; init; } = PageSize.A4;

    public Insets Margins { get; init; } = new(72, 56);

    /// <summary>Builds the header for a page; null (or a null result) draws none.</summary>
    public Func<PageContext, Block?>? Header { get; init; }

    /// <summary>Builds the footer for a page; null (or a null result) draws none.</summary>
    public Func<PageContext, Block?>? Footer { get; init; }

    public double HeaderDistance { get; init; } = 28;

    public double FooterDistance { get; init; } = 28;

    internal double BodyWidth => Size.Width - Margins.Horizontal;

    internal double BodyHeight => Size.Height - Margins.Vertical;
}
