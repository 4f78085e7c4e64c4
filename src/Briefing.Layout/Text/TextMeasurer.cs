using Briefing.Layout.Fonts;

namespace Briefing.Layout.Text;

/// <summary>
/// Measures single lines of text exactly as layout will set them, before layout runs: for content whose
/// size depends on its text, such as a <see cref="Blocks.Drawing"/> whose height follows from its wrapped labels.
/// </summary>
public sealed class TextMeasurer
{
    private readonly FontSystem _fonts;
    private readonly TextStyle _baseStyle;

    /// <summary>A measurer with the fonts and base style of <paramref name="settings"/>.</summary>
    public TextMeasurer(DocumentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // Font warnings surface when the document itself is laid out; measuring must not report them twice.
        _fonts = new FontSystem(settings.Fonts, new WarningCollector());
        _baseStyle = settings.BaseStyle;
    }

    /// <summary>The advance width of a single line of text in a style (over the base style), in points.</summary>
    public double Width(string text, TextStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SingleLine.Layout(_fonts, text, style, _baseStyle).Width;
    }

    /// <summary>The distance from the top of a line in this style to its baseline, as <see cref="Blocks.DrawingContext.Text"/> places it.</summary>
    public double Ascent(TextStyle? style = null) => SingleLine.Layout(_fonts, "X", style, _baseStyle).Ascent;

    /// <summary>The height of a line in this style.</summary>
    public double LineHeight(TextStyle? style = null) => SingleLine.Layout(_fonts, "X", style, _baseStyle).Height;
}
