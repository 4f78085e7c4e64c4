using System.Globalization;
using System.Text.RegularExpressions;
using HandlebarsDotNet.Compiler;

namespace Briefing.Site.Templates;

/// <summary>
/// Handlebars.Net reports an unresolved binding by its path only ("deal.titel") and a parse
/// error by a 0-based "line:column" in its message. This finds the file and 1-based line a
/// person must fix.
/// </summary>
internal static partial class TemplateErrorLocator
{
    /// <summary>The first template, in the order given, with a mustache naming <paramref name="path"/>, and the line.</summary>
    public static (TemplateFile File, int Line)? FindBinding(IEnumerable<TemplateFile> searchOrder, string path)
    {
        var token = new Regex($"(?<![\\w.@/]){Regex.Escape(path)}(?![\\w])", RegexOptions.CultureInvariant);
        foreach (var file in searchOrder)
        {
            var lines = file.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (Mustache().Matches(lines[i]).Any(m => token.IsMatch(m.Value)))
                {
                    return (file, i + 1);
                }
            }
        }

        return null;
    }

    /// <summary>The unresolved binding behind an error, however deep partials wrapped it.</summary>
    public static HandlebarsUndefinedBindingException? Unresolved(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is HandlebarsUndefinedBindingException unresolved)
            {
                return unresolved;
            }
        }

        return null;
    }

    /// <summary>The partials an error was raised in, innermost first ("Runtime error while rendering partial 'fact'").</summary>
    public static IReadOnlyList<string> PartialsOnTheWay(Exception error)
    {
        var names = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            var match = InPartial().Match(e.Message);
            if (match.Success)
            {
                names.Insert(0, match.Groups[1].Value);
            }
        }

        return names;
    }

    /// <summary>The 1-based line of a Handlebars.Net parser message ("Occured at: 1:5"), if it has one.</summary>
    public static int? LineOfParseError(string message)
    {
        var match = OccurredAt().Match(message);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1 : null;
    }

    /// <summary>The problem without Handlebars.Net's location suffix, for a one-line message.</summary>
    public static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [GeneratedRegex("\\{\\{[^}]*\\}\\}")]
    private static partial Regex Mustache();

    [GeneratedRegex("rendering partial '([^']+)'")]
    private static partial Regex InPartial();

    [GeneratedRegex("Occured at: (\\d+):(\\d+)")]
    private static partial Regex OccurredAt();
}
