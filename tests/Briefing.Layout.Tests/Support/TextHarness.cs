using Briefing.Layout.Fonts;
using Briefing.Layout.Text;

namespace Briefing.Layout.Tests.Support;

/// <summary>Direct access to paragraph line breaking with DejaVu fonts.</summary>
internal sealed class TextHarness
{
    public TextHarness(FontSettings? fonts = null)
    {
        Warnings = new WarningCollector();
        Fonts = new FontSystem(fonts ?? TestDocuments.DejaVuOnly, Warnings);
    }

    public WarningCollector Warnings { get; }

    public FontSystem Fonts { get; }

    public IReadOnlyList<TextLine> Lines(string text, double width, TextAlignment alignment = TextAlignment.Left, TextStyle? style = null) =>
        Lines([new Run(text)], width, alignment, style);

    public IReadOnlyList<TextLine> Lines(IEnumerable<Run> runs, double width, TextAlignment alignment = TextAlignment.Left, TextStyle? style = null) =>
        ParagraphLayout.Lines(runs, (style ?? TextStyle.Inherit).Over(TestDocuments.Base), alignment, width, new TextContext(Fonts, _ => null));

    public static string Text(TextLine line) => string.Concat(line.Fragments.Select(f => f.Text));

    /// <summary>Right edge of the last drawn fragment.</summary>
    public static double InkRight(TextLine line) => line.Fragments.Count == 0 ? 0 : line.Fragments[^1].X + line.Fragments[^1].Width;
}
