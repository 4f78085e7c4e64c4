namespace Briefing.Layout.Text;

/// <summary>Horizontal alignment of the lines of a paragraph.</summary>
public enum TextAlignment
{
    Left,
    Center,
    Right,

    /// <summary>Stretch lines to both edges; the last line (and lines ending in a hard break) stay left-aligned.</summary>
    Justify,
}
