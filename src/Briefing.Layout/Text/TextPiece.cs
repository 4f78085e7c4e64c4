using Briefing.Layout.Fonts;

namespace Briefing.Layout.Text;

/// <summary>
/// One user-perceived character of a paragraph, styled and measured: the unit line breaking works on.
/// </summary>
/// <param name="Text">The character (one rune).</param>
/// <param name="Face">The face that draws it (after per-character fallback).</param>
/// <param name="Style">The run's resolved style.</param>
/// <param name="DrawSize">Font size it is drawn at (smaller for superscript).</param>
/// <param name="BaselineShift">Vertical offset from the line's baseline; negative raises.</param>
/// <param name="Width">Advance width in points.</param>
/// <param name="Link">The run's link, if any.</param>
internal sealed record TextPiece(string Text, FontFace Face, ResolvedStyle Style, double DrawSize, double BaselineShift, double Width, LinkTarget? Link)
{
    /// <summary>An anchor placed where this piece is drawn (only on a run's first piece).</summary>
    public string? Anchor { get; init; }

    public bool IsSpace => Text is " " or "\u3000";

    public bool IsHardBreak => Text == "\n";

    public int CodePoint => char.ConvertToUtf32(Text, 0);

    /// <summary>Height above the baseline this piece needs in its line (CSS-style half-leading included).</summary>
    public double Ascent => Face.Ascent * Style.Size + HalfLeading;

    /// <summary>Depth below the baseline this piece needs in its line.</summary>
    public double Descent => Face.Descent * Style.Size + HalfLeading;

    // Superscripts use the run's full size for line metrics, so a marker does not push lines apart.
    private double HalfLeading => ((Style.LineHeight * Style.Size) - ((Face.Ascent + Face.Descent) * Style.Size)) / 2;

    /// <summary>Same font, size, colour, decoration and link: pieces that can be drawn as one string.</summary>
    public bool DrawsLike(TextPiece other) =>
        ReferenceEquals(Face, other.Face) && DrawSize.Equals(other.DrawSize) && BaselineShift.Equals(other.BaselineShift)
        && Style.Color == other.Style.Color && Style.Underline == other.Style.Underline && ReferenceEquals(Link, other.Link)
        && Anchor is null;
}
