namespace Briefing.Layout.Text;

/// <summary>
/// Greedy line breaking: fill each line as far as it goes, end it at the last break opportunity, and cut
/// a word that is wider than a whole line (long URLs) after a separator, or between characters.
/// </summary>
internal static class LineBreaker
{
    /// <summary>Returns the [start, end) piece ranges of each line, and whether it ended at a hard break.</summary>
    public static List<(int Start, int End, bool HardBreak)> Break(IReadOnlyList<TextPiece> pieces, double maxWidth)
    {
        var lines = new List<(int, int, bool)>();
        var start = 0;
        while (start < pieces.Count)
        {
            var (end, next, hard) = FindLineEnd(pieces, start, maxWidth);
            lines.Add((start, TrimTrailingSpaces(pieces, start, end), hard));
            start = next;
            while (!hard && start < pieces.Count && pieces[start].IsSpace)
            {
                start++;
            }
        }

        return lines;
    }

    private static (int End, int Next, bool Hard) FindLineEnd(IReadOnlyList<TextPiece> pieces, int start, double maxWidth)
    {
        var width = 0.0;
        var widthWithoutTrailingSpaces = 0.0;
        var lastBreak = -1;
        for (var i = start; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (piece.IsHardBreak)
            {
                return (i, i + 1, true);
            }

            if (i > start && BreakRules.CanBreakBefore(pieces, i))
            {
                lastBreak = i;
            }

            width += piece.Width;
            if (!piece.IsSpace)
            {
                widthWithoutTrailingSpaces = width;
            }

            if (widthWithoutTrailingSpaces > maxWidth + 0.001 && i > start)
            {
                var end = lastBreak > start ? lastBreak : EmergencyBreak(pieces, start, i, maxWidth);
                return (end, end, false);
            }
        }

        return (pieces.Count, pieces.Count, false);
    }

    // The word from start does not fit: cut it after a separator if one leaves the line at least a third full, else at the last character that fits.
    private static int EmergencyBreak(IReadOnlyList<TextPiece> pieces, int start, int overflow, double maxWidth)
    {
        var widths = 0.0;
        var bestSeparator = -1;
        for (var i = start; i < overflow; i++)
        {
            widths += pieces[i].Width;
            if (BreakRules.IsGoodEmergencyBreakBefore(pieces, i + 1) && widths >= maxWidth / 3)
            {
                bestSeparator = i + 1;
            }
        }

        return bestSeparator > start ? bestSeparator : Math.Max(overflow, start + 1);
    }

    private static int TrimTrailingSpaces(IReadOnlyList<TextPiece> pieces, int start, int end)
    {
        while (end > start && pieces[end - 1].IsSpace)
        {
            end--;
        }

        return end;
    }
}
