namespace Briefing.Layout.Text;

/// <summary>
/// Turns a range of pieces into a <see cref="TextLine"/>: aligns it, stretches justified lines, and merges
/// neighbouring pieces that draw alike into one string.
/// </summary>
internal static class LineBuilder
{
    public static TextLine Build(
        IReadOnlyList<TextPiece> pieces, int start, int end, double maxWidth, TextAlignment alignment, bool isLastOrHardBreak, TextPiece? emptyLineSample)
    {
        var width = 0.0;
        for (var i = start; i < end; i++)
        {
            width += pieces[i].Width;
        }

        var (ascent, descent) = Metrics(pieces, start, end, emptyLineSample);
        var slack = Math.Max(0, maxWidth - width);
        var justify = alignment == TextAlignment.Justify && !isLastOrHardBreak && slack > 0;
        var bySpaces = false;
        var gaps = justify ? CountStretchableGaps(pieces, start, end, out bySpaces) : 0;
        var perGap = gaps > 0 ? slack / gaps : 0;
        var x = alignment switch
        {
            TextAlignment.Center => slack / 2,
            TextAlignment.Right => slack,
            _ => 0,
        };

        var fragments = new List<TextFragment>();
        var text = new System.Text.StringBuilder();
        double fragmentX = x, fragmentWidth = 0;
        TextPiece? sample = null;
        for (var i = start; i < end; i++)
        {
            var piece = pieces[i];
            var startsNew = sample is null || !piece.DrawsLike(sample) || (perGap > 0 && (piece.IsSpace || pieces[i - 1].IsSpace || !bySpaces));
            if (startsNew && sample is not null)
            {
                Flush();
            }

            if (sample is null)
            {
                fragmentX = x;
                sample = piece;
            }

            text.Append(piece.Text);
            fragmentWidth += piece.Width;
            x += piece.Width;
            if (perGap > 0 && i < end - 1 && (bySpaces ? piece.IsSpace : true))
            {
                x += perGap;
            }
        }

        if (sample is not null)
        {
            Flush();
        }

        return new TextLine(fragments, justify && gaps > 0 ? maxWidth : width, ascent, descent);

        void Flush()
        {
            // Spaces are not drawn on their own; they only move the next word.
            var s = text.ToString();
            if (s.Trim().Length > 0 || s.Contains('\u3000', StringComparison.Ordinal))
            {
                fragments.Add(new TextFragment(s, fragmentX, fragmentWidth, sample!));
            }

            text.Clear();
            fragmentWidth = 0;
            sample = null;
        }
    }

    // Justify by widening spaces; text without spaces (CJK) is spread between characters instead.
    private static int CountStretchableGaps(IReadOnlyList<TextPiece> pieces, int start, int end, out bool bySpaces)
    {
        var spaces = 0;
        var cjk = false;
        for (var i = start; i < end; i++)
        {
            spaces += pieces[i].IsSpace ? 1 : 0;
            cjk |= BreakRules.IsCjk(pieces[i].CodePoint);
        }

        bySpaces = spaces > 0;
        return spaces > 0 ? spaces : cjk ? end - start - 1 : 0;
    }

    private static (double Ascent, double Descent) Metrics(IReadOnlyList<TextPiece> pieces, int start, int end, TextPiece? emptyLineSample)
    {
        if (end <= start)
        {
            return emptyLineSample is null ? (0, 0) : (emptyLineSample.Ascent, emptyLineSample.Descent);
        }

        double ascent = 0, descent = 0;
        for (var i = start; i < end; i++)
        {
            ascent = Math.Max(ascent, pieces[i].Ascent);
            descent = Math.Max(descent, pieces[i].Descent);
        }

        return (ascent, descent);
    }
}
