using System.Text.RegularExpressions;
using Briefing.Core.Diagnostics;

namespace Briefing.Core.Loading.Yaml;

/// <summary>
/// Catches <c>brandColor: #0b5d3b</c>: YAML reads an unquoted value that starts with '#' as a comment, so the
/// key silently gets no value and the theme falls back to its default. Any key whose value is empty while
/// its own line goes on with <c>#</c> right after <c>key: </c> is that mistake.
/// </summary>
internal static partial class CommentedValue
{
    /// <summary>
    /// The value to bind: unchanged unless it is that mistake, which is reported (BRF017) at the '#' and
    /// bound as the quoted text the analyst meant, so the one slip is not also "required field is empty".
    /// </summary>
    public static YamlNode Recover(YamlScalar key, YamlNode value, string[] lines, DiagnosticBag diagnostics)
    {
        if (value is not YamlScalar { IsPlain: true, Value: "" } || key.Span.Line < 1 || key.Span.Line > lines.Length)
        {
            return value;
        }

        var line = lines[key.Span.Line - 1].TrimEnd('\r');
        var start = Math.Clamp(key.Span.Column - 1, 0, line.Length);
        var match = KeyThenComment().Match(line, start);
        if (!match.Success || match.Index != start || match.Groups["key"].Value.Trim('"', '\'') != key.Value)
        {
            return value;
        }

        var text = match.Groups["text"].Value.TrimEnd();
        var span = new SourceSpan(key.Span.File, key.Span.Line, match.Groups["text"].Index + 1);
        diagnostics.Error(DiagnosticCodes.ValueReadAsComment, span,
            $"'{key.Value}' has no value: YAML reads the unquoted '{Shorten(text)}' as a comment",
            $"quote the value: {key.Value}: \"{Shorten(text)}\"");
        return new YamlScalar(span, text, IsPlain: false);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    /// <summary>A key, its colon, spaces, then '#' and the rest of the line (the would-be value).</summary>
    [GeneratedRegex(@"\G(?<key>""[^""]*""|'[^']*'|[^\s:#][^:#]*?)\s*:[ \t]+(?<text>#.*)$")]
    private static partial Regex KeyThenComment();
}
