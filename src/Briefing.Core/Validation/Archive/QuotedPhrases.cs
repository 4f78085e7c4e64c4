using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Core.Validation.Archive;

/// <summary>
/// Short phrases a statement quotes ("not heard of this"), which must stand word for word in a
/// cited paragraph; compared with quotes, apostrophes, dashes, case and spacing made uniform.
/// </summary>
internal static partial class QuotedPhrases
{
    /// <summary>A quotation longer than this is a paraphrase set in quotes more often than a quote.</summary>
    public const int MaxWords = 20;

    public static IEnumerable<string> In(string statement) =>
        Quoted().Matches(statement)
            .Select(m => m.Groups["text"].Value.Trim())
            .Where(q => q.Length > 0 && q.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is > 0 and <= MaxWords);

    public static bool Contains(string paragraph, string phrase) =>
        Normal(paragraph).Contains(Normal(phrase).TrimEnd('.', ',', ';', ':'), StringComparison.Ordinal);

    private static string Normal(string text)
    {
        var normal = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            normal.Append(c switch
            {
                '‘' or '’' or '‛' or '′' => '\'',
                '“' or '”' or '„' or '″' => '"',
                '–' or '—' or '‑' => '-',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }

        return Spaces().Replace(normal.ToString(), " ");
    }

    // Straight or typographer's double quotes; single quotes are apostrophes too often to tell.
    [GeneratedRegex("[\"“”](?<text>[^\"“”\\n]{1,300})[\"“”]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}
