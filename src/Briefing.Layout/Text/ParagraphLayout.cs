namespace Briefing.Layout.Text;

/// <summary>Lays out styled runs into lines of a given width.</summary>
internal static class ParagraphLayout
{
    public static IReadOnlyList<TextLine> Lines(IEnumerable<Run> runs, TextStyle style, TextAlignment alignment, double width, TextContext context)
    {
        var pieces = Itemizer.Itemize(runs, style, context);
        var emptyLineSample = EmptyLineSample(style, context);
        var ranges = LineBreaker.Break(pieces, width);
        var lines = new List<TextLine>(ranges.Count);
        for (var i = 0; i < ranges.Count; i++)
        {
            var (start, end, hard) = ranges[i];
            lines.Add(LineBuilder.Build(pieces, start, end, width, alignment, hard || i == ranges.Count - 1, emptyLineSample));
        }

        return lines;
    }

    // An empty line (blank line between hard breaks, or an empty paragraph) is as tall as a line of the paragraph's style.
    private static TextPiece EmptyLineSample(TextStyle style, TextContext context)
    {
        var resolved = ResolvedStyle.From(style);
        var face = context.Fonts.Face(resolved.FontFamily, resolved.Bold, resolved.Italic);
        return new TextPiece(" ", face, resolved, resolved.Size, 0, 0, null);
    }
}
