using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Core.Text;

/// <summary>
/// Typographer's quotes: analysts type <c>'</c> and <c>"</c>, a briefing prints ’ ‘ “ ”. Applied to plain
/// text fields when the model is built and to Markdown's text (never its code or addresses) by the
/// shared pipeline, so both products set the same characters.
/// </summary>
public static class Typography
{
    /// <summary>Curls the straight quotes of a text that starts afresh (a field, a title).</summary>
    public static string Curl(string text) => Curl(text, before: null);

    /// <summary>
    /// Curls straight quotes, judging each by the character before it (<paramref name="before"/> for the
    /// first, when the text continues something already set): after a letter, digit or closing mark a quote
    /// closes (BAIC’s, “hedge”), elsewhere it opens.
    /// </summary>
    public static string Curl(string text, char? before)
    {
        if (text.IndexOfAny(['\'', '"']) < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var previous = before;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is '\'' or '"')
            {
                var closes = previous is { } p && (char.IsLetterOrDigit(p) || ".,;:!?)]}’”%".Contains(p, StringComparison.Ordinal));
                chars[i] = c == '\'' ? (closes ? '’' : '‘') : (closes ? '”' : '“');
            }

            previous = chars[i];
        }

        return new string(chars);
    }

    /// <summary>Curls the quotes in every text run of a parsed Markdown document; code and URLs keep theirs.</summary>
    public static void Curl(MarkdownDocument document)
    {
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null)
            {
                continue;
            }

            char? previous = null;
            foreach (var inline in leaf.Inline.Descendants<Inline>())
            {
                switch (inline)
                {
                    case LiteralInline literal when !literal.Content.IsEmpty:
                        var curled = Curl(literal.Content.ToString(), previous);
                        literal.Content = new StringSlice(curled);
                        previous = curled[^1];
                        break;
                    case CodeInline code when code.Content.Length > 0:
                        previous = code.Content[^1];
                        break;
                    case LineBreakInline:
                        previous = ' ';
                        break;
                }
            }
        }
    }
}
