using Briefing.Core.Diagnostics;

namespace Briefing.Core.Loading.Yaml;

/// <summary>
/// Catches <c>brandColor: #0b5d3b</c>: YAML reads an unquoted value that starts with '#' as a comment, so the
/// key silently gets no value and the theme falls back to its default. Any key whose value is empty while
/// its own line goes on with <c>#</c> right after <c>key: </c> is that mistake.
/// </summary>
internal static class CommentedValue
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
        if (CommentAfterKey(line, key) is not { } hash)
        {
            return value;
        }

        var text = line[hash..].TrimEnd();
        var span = new SourceSpan(key.Span.File, key.Span.Line, hash + 1);
        diagnostics.Error(DiagnosticCodes.ValueReadAsComment, span,
            $"'{key.Value}' has no value: YAML reads the unquoted '{Shorten(text)}' as a comment",
            $"quote the value: {key.Value}: \"{Shorten(text)}\"");
        return new YamlScalar(span, text, IsPlain: false);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    /// <summary>
    /// Where the '#' stands when the line reads <c>key:</c>, spaces, then '#'; null otherwise. A plain scalar key
    /// is written on its line exactly as its value; scanned by hand, in one pass, as lines may be long.
    /// </summary>
    private static int? CommentAfterKey(string line, YamlScalar key)
    {
        var at = key.Span.Column - 1;
        if (!key.IsPlain || at < 0 || at + key.Value.Length > line.Length || string.CompareOrdinal(line, at, key.Value, 0, key.Value.Length) != 0)
        {
            return null;
        }

        at += key.Value.Length;
        while (at < line.Length && line[at] is ' ' or '\t')
        {
            at++;
        }

        if (at >= line.Length || line[at] != ':')
        {
            return null;
        }

        var colon = ++at;
        while (at < line.Length && line[at] is ' ' or '\t')
        {
            at++;
        }

        return at > colon && at < line.Length && line[at] == '#' ? at : null;
    }
}
