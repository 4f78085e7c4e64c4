namespace Briefing.Pdf.Theming;

/// <summary>The spacing scale and the fixed widths of the grid.</summary>
internal sealed partial class PdfTheme
{
    /// <summary>Between cards and charts side by side: wider than text columns, as each has its own rule.</summary>
    public double WideGutter { get; } = 24;

    /// <summary>The short brand bar at the top of the cover.</summary>
    public Layout.Canvas.Rect CoverBar { get; } = new(0, 0, 56, 5);

    /// <summary>The shorter bar that opens each deal and company profile.</summary>
    public Layout.Canvas.Rect ProfileBar { get; } = new(0, 0, 28, 3);

    /// <summary>A company profile moves whole to the next page unless that would leave more than this share of a page blank.</summary>
    public double ProfileMaxGap { get; } = 0.12;

    /// <summary>A long table breaks only where at least this many rows stay on each side.</summary>
    public int TableRowsAtBreak { get; } = 4;

    /// <summary>Widths of the narrow columns that recur: numbers, dates, labels, page numbers.</summary>
    public double NumberColumn { get; } = 30;

    public double DateColumn { get; } = 96;

    public double PageNumberColumn { get; } = 36;

    /// <summary>Width of the label column in detail tables (parties, signing, term).</summary>
    public double LabelColumn { get; } = 92;

    /// <summary>Marker column of bulleted and numbered lists.</summary>
    public double BulletIndent { get; } = 12;

    public double NumberIndent { get; } = 20;

    public Layout.Insets TableCellPadding { get; } = new(5, 7);

    /// <summary>Long reference tables (all figures): rows of one or two lines, close enough to scan.</summary>
    public Layout.Insets CompactCellPadding { get; } = new(3, 6);

    /// <summary>
    /// How far a section's gaps may tighten, as a fraction of each, on the page where it would otherwise end
    /// with a few lines overleaf (see <c>Group.GapShrink</c>); other pages keep the natural rhythm.
    /// </summary>
    public double SectionGapShrink { get; } = 0.25;

    /// <summary>Label–value tables: no side padding, so labels align with the text column's edge.</summary>
    public Layout.Insets DetailCellPadding { get; } = new(3, 8, 3, 0);

    /// <summary>Tinted panels (the executive summary's sidebar).</summary>
    public Layout.Insets PanelPadding { get; } = new(14, 14, 4, 14);

    public Layout.Insets CodePadding { get; } = new(6, 8);

    /// <summary>A quote's text stands clear of its bar.</summary>
    public Layout.Insets QuotePadding { get; } = new(1, 0, 1, 10);

    public double QuoteBar { get; } = 2;

    /// <summary>
    /// Every vertical gap and most horizontal ones are a step of this scale, so the rhythm stays even:
    /// 1 · 2 · 3 · 4 · 6 · 8 · 10 · 12 · 16 · 22 · 30 points.
    /// </summary>
    internal static class Space
    {
        /// <summary>Between lines of a list of names.</summary>
        public const double Hair = 1;

        public const double Tight = 2;

        public const double Snug = 3;

        public const double Small = 4;

        /// <summary>Between paragraphs.</summary>
        public const double Text = 6;

        public const double Medium = 8;

        public const double Roomy = 10;

        /// <summary>Between blocks of a profile.</summary>
        public const double Block = 12;

        public const double Large = 16;

        /// <summary>Before a subsection.</summary>
        public const double Subsection = 22;

        /// <summary>Between two profiles.</summary>
        public const double Profile = 30;
    }
}
