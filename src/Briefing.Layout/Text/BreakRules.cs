namespace Briefing.Layout.Text;

/// <summary>
/// Where a line may end: after spaces, after a hyphen inside a word, and between CJK characters
/// (except before closing and after opening punctuation, the basic "kinsoku" rule).
/// </summary>
internal static class BreakRules
{
    private const string NoBreakBefore = "，。、．：；！？）」』】〉》〕］｝”’,.:;!?)]}…ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
    private const string NoBreakAfter = "（「『【〈《〔［｛“‘([{";
    private const string UrlBreakAfter = "/.?&=_-#:;,~+";

    /// <summary>True when a line may break between pieces <paramref name="index"/> - 1 and <paramref name="index"/>.</summary>
    public static bool CanBreakBefore(IReadOnlyList<TextPiece> pieces, int index)
    {
        if (index <= 0 || index >= pieces.Count)
        {
            return false;
        }

        var before = pieces[index - 1];
        var after = pieces[index];
        if (after.IsSpace || after.IsHardBreak)
        {
            return false;
        }

        if (before.IsSpace || before.CodePoint == 0x200B)
        {
            return true;
        }

        if (NoBreakBefore.Contains(after.Text, StringComparison.Ordinal) || NoBreakAfter.Contains(before.Text, StringComparison.Ordinal))
        {
            return false;
        }

        if (IsCjk(before.CodePoint) || IsCjk(after.CodePoint))
        {
            return true;
        }

        // "well-known" may break after the hyphen; "-5" and "--" may not.
        return before.Text is "-" or "\u2010" or "\u2013" && index >= 2 && char.IsLetterOrDigit(pieces[index - 2].Text[0]) && char.IsLetter(after.Text[0]);
    }

    /// <summary>Preferred places to cut a word too long for a line (URLs): after separators.</summary>
    public static bool IsGoodEmergencyBreakBefore(IReadOnlyList<TextPiece> pieces, int index) =>
        index > 0 && UrlBreakAfter.Contains(pieces[index - 1].Text, StringComparison.Ordinal)
        && !UrlBreakAfter.Contains(pieces[index].Text, StringComparison.Ordinal);

    public static bool IsCjk(int c) =>
        c is >= 0x2E80 and <= 0x9FFF // CJK radicals, kana, CJK symbols & punctuation, unified ideographs
            or >= 0xAC00 and <= 0xD7AF // Hangul syllables
            or >= 0xF900 and <= 0xFAFF // compatibility ideographs
            or >= 0xFF00 and <= 0xFFEF // full-width forms
            or >= 0x20000 and <= 0x3134F; // extension ideographs
}
