using System.Text;
using Briefing.Layout.Fonts;

namespace Briefing.Layout.Text;

/// <summary>Turns styled runs into measured pieces, one per character, with fonts chosen per character.</summary>
internal static class Itemizer
{
    private const double SuperscriptScale = 0.65;
    private const double SuperscriptRise = 0.33;

    public static List<TextPiece> Itemize(IEnumerable<Run> runs, TextStyle paragraphStyle, TextContext context)
    {
        var pieces = new List<TextPiece>();
        foreach (var run in runs)
        {
            var style = ResolvedStyle.From(run.Style.Over(paragraphStyle));
            var text = run.PageNumberOf is { } target ? context.PageNumberText(target) : Normalize(run.Text);
            var drawSize = run.Superscript ? style.Size * SuperscriptScale : style.Size;
            var shift = run.Superscript ? -style.Size * SuperscriptRise : 0;
            var primary = context.Fonts.Face(style.FontFamily, style.Bold, style.Italic);
            var anchor = run.Anchor;
            foreach (var (segment, face) in context.Fonts.Segment(text, primary, style.Bold, style.Italic))
            {
                foreach (var rune in segment.EnumerateRunes())
                {
                    var value = rune.ToString();
                    var width = value == "\n" || rune.Value == 0x200B ? 0 : face.Advance(rune.Value) * drawSize;
                    pieces.Add(new TextPiece(value, face, style, drawSize, shift, width, run.Link) { Anchor = anchor });
                    anchor = null;
                }
            }
        }

        return pieces;
    }

    // Line ends in source text are hard breaks; tabs are spaces; other controls and soft hyphens (we do not
    // hyphenate) would draw as boxes or stray hyphens.
    private static string Normalize(string text) =>
        string.Concat(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\t', ' ').Where(c => c == '\n' || (!char.IsControl(c) && c != '\u00AD')))
            .Normalize(NormalizationForm.FormC);
}
