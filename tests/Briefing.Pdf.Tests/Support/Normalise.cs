using System.Text.RegularExpressions;

namespace Briefing.Pdf.Tests.Support;

/// <summary>Text normalisation for comparing what was written with what was drawn or extracted.</summary>
internal static partial class Normalise
{
    /// <summary>Runs of whitespace become one space; ends trimmed.</summary>
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>Without any whitespace: for text whose word gaps a reader may or may not report.</summary>
    public static string Squeeze(string text) => Whitespace().Replace(text, "");

    /// <summary>
    /// Whether the words of <paramref name="phrase"/> occur in <paramref name="text"/> in order, others between
    /// them allowed: text that wraps in a table cell is read line by line across the row, so its lines
    /// interleave with the neighbouring cells' lines.
    /// </summary>
    public static bool HasWordsInOrder(string text, string phrase)
    {
        var words = Collapse(text).Split(' ');
        var position = 0;
        foreach (var word in Collapse(phrase).Split(' '))
        {
            // A citation marker may cling to the word it follows: "targets[3]".
            position = Array.FindIndex(words, position, w => w == word || (w.StartsWith(word, StringComparison.Ordinal) && w[word.Length] == '['));
            if (position < 0)
            {
                return false;
            }

            position++;
        }

        return true;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
