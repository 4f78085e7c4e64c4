using Briefing.Layout.Fonts;

namespace Briefing.Layout.Text;

/// <summary>One line of text, laid out as paragraphs lay it out (fonts, fallback), for measuring and drawing labels.</summary>
internal static class SingleLine
{
    public static TextLine Layout(FontSystem fonts, string text, TextStyle? style, TextStyle baseStyle)
    {
        var context = new TextContext(fonts, _ => null);
        var lines = ParagraphLayout.Lines([new Run(text.Replace('\n', ' '))], (style ?? TextStyle.Inherit).Over(baseStyle), TextAlignment.Left, double.MaxValue / 4, context);
        return lines.Count > 0 ? lines[0] : new TextLine([], 0, 0, 0);
    }
}
