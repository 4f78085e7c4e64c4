using Briefing.Layout.Text;

namespace Briefing.Pdf.Theming;

/// <summary>
/// The type scale: a handful of sizes (7.5 · 8.5 · 10 · 11.5 · 14 · 22 · 30) and what each is for.
/// </summary>
internal sealed partial class PdfTheme
{
    /// <summary>Running text; every other style is laid over it.</summary>
    public TextStyle Body => new()
    {
        FontFamily = BodyFont, Size = 10, Bold = false, Italic = false, Underline = false, Color = Ink, LineHeight = 1.45,
    };

    /// <summary>The opening paragraph of the executive summary.</summary>
    public TextStyle Lead { get; } = new() { Size = 11.5, LineHeight = 1.5 };

    /// <summary>Secondary text: notes, source details, table cells.</summary>
    public TextStyle Small { get; } = new() { Size = 8.5, LineHeight = 1.42 };

    /// <summary>The sentence under a section title saying what the section holds.</summary>
    public TextStyle Intro => new() { Size = 9.5, Color = Muted, LineHeight = 1.45 };

    public TextStyle SmallMuted => new() { Size = 8.5, LineHeight = 1.42, Color = Muted };

    /// <summary>Field labels ("PARTIES", "SIGNED"): small bold capitals in grey.</summary>
    public TextStyle Label => new() { FontFamily = HeadingFont, Size = 7.5, Bold = true, Color = Muted, LineHeight = 1.5 };

    /// <summary>The small line above a heading ("SECTION 3", "DEAL 2 OF 8").</summary>
    public TextStyle Kicker => new() { FontFamily = HeadingFont, Size = 7.5, Bold = true, Color = Brand, LineHeight = 1.3 };

    public TextStyle Heading1 => new() { FontFamily = HeadingFont, Size = 22, Bold = true, Color = Brand, LineHeight = 1.15 };

    public TextStyle Heading2 => new() { FontFamily = HeadingFont, Size = 14, Bold = true, Color = Ink, LineHeight = 1.25 };

    public TextStyle Heading3 => new() { FontFamily = HeadingFont, Size = 11.5, Bold = true, Color = Ink, LineHeight = 1.3 };

    public TextStyle Heading4 => new() { FontFamily = HeadingFont, Size = 10, Bold = true, Color = Ink, LineHeight = 1.35 };

    /// <summary>The "01" of a numbered point, its baseline on that of the body text beside it.</summary>
    public TextStyle PointNumber
    {
        get
        {
            var number = new TextStyle { FontFamily = HeadingFont, Size = 11.5, Bold = true };
            return number with { LineHeight = AlignedLineHeight(number, Body) };
        }
    }

    /// <summary>A key figure's number.</summary>
    public TextStyle FigureValue => new() { FontFamily = HeadingFont, Size = 22, Bold = true, Color = Brand, LineHeight = 1.15 };

    /// <summary>A count in the executive summary's sidebar.</summary>
    public TextStyle GlanceNumber => new() { FontFamily = HeadingFont, Size = 18, Bold = true, Color = Brand, LineHeight = 1.2 };

    /// <summary>"more than", "about" before a key figure's number.</summary>
    public TextStyle FigureQualifier => new() { FontFamily = HeadingFont, Size = 10, Bold = false, Color = Muted };

    public TextStyle CoverTitle => new() { FontFamily = HeadingFont, Size = 30, Bold = true, Color = Ink, LineHeight = 1.12 };

    public TextStyle CoverSubtitle => new() { Size = 13, Color = Muted, LineHeight = 1.4 };

    public TextStyle CoverMeta => new() { Size = 9.5, Color = Ink, LineHeight = 1.45 };

    /// <summary>A section's line in the contents.</summary>
    public TextStyle ContentsEntry => new() { FontFamily = HeadingFont, Size = 11.5, Bold = true, Color = Ink, LineHeight = 1.3 };

    /// <summary>A deal's or company's line in the contents.</summary>
    public TextStyle ContentsSubEntry => new() { Size = 8.5, Color = Muted, LineHeight = 1.42 };

    /// <summary>Running header and footer.</summary>
    public TextStyle Running => new() { FontFamily = BodyFont, Size = 7.5, Color = Faint, LineHeight = 1.3 };

    /// <summary>Colour-only overrides for a run inside text that keeps its size and weight.</summary>
    public TextStyle MutedText => new() { Color = Muted };

    public TextStyle FaintText => new() { Color = Faint };

    public TextStyle BrandText => new() { Color = Brand };

    /// <summary>Links inside text: the brand colour marks them; print readers lose nothing.</summary>
    public TextStyle Link => new() { Color = Brand };

    /// <summary>Citation markers: superscript in the brand colour.</summary>
    public TextStyle Marker => new() { Color = Brand, Bold = false, Italic = false };

    public TextStyle Code => new() { FontFamily = MonoFont, Size = 8.5 };

    /// <summary>Chart labels and axis ticks.</summary>
    public TextStyle ChartText => new() { FontFamily = BodyFont, Size = 8, Color = Muted };

    public TextStyle ChartValue => new() { FontFamily = BodyFont, Size = 8, Bold = true, Color = Ink };

    /// <summary>Values in detail tables and dated entries.</summary>
    public TextStyle Detail { get; } = new() { Size = 9.5, LineHeight = 1.45 };

    /// <summary>A figure inside a table.</summary>
    public TextStyle TableFigure { get; } = new() { Size = 10, Bold = true, LineHeight = 1.42 };

    /// <summary>
    /// A label (small capitals) to sit beside text of <paramref name="text"/>'s size and line height, its line
    /// height chosen so both first baselines meet.
    /// </summary>
    public TextStyle LabelBeside(TextStyle text) => Label with { LineHeight = AlignedLineHeight(Label, text) };

    /// <summary>Line height for <paramref name="style"/> whose first baseline meets that of <paramref name="other"/>.</summary>
    public static double AlignedLineHeight(TextStyle style, TextStyle other)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(other);
        // Baseline from the line top is ascent + half the leading: size * (ascent + (lineHeight - ascent - descent) / 2).
        const double Ascent = 0.987, Descent = 0.213;
        var size = style.Size ?? 10;
        var otherSize = other.Size ?? 10;
        var otherBaseline = otherSize * (Ascent + (((other.LineHeight ?? 1.45) - Ascent - Descent) / 2));
        return (((otherBaseline / size) - Ascent) * 2) + Ascent + Descent;
    }

    public IReadOnlyList<TextStyle> HeadingStyles => [Heading1, Heading2, Heading3, Heading4];
}
