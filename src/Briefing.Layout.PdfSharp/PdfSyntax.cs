using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Layout.PdfSharp;

/// <summary>Just enough PDF syntax to find where a value ends: dictionaries, arrays, strings, names, numbers.</summary>
internal static partial class PdfSyntax
{
    public static int SkipWhitespace(string s, int i)
    {
        while (i < s.Length && s[i] is ' ' or '\r' or '\n' or '\t' or '\f' or '\0')
        {
            i++;
        }

        return i;
    }

    /// <summary>Index just past the value starting at <paramref name="i"/> (or at the next "stream"/"endobj" for plain values).</summary>
    public static int SkipValue(string s, int i)
    {
        i = SkipWhitespace(s, i);
        if (i + 1 < s.Length && s[i] == '<' && s[i + 1] == '<')
        {
            return SkipContainer(s, i);
        }

        if (i < s.Length && s[i] == '[')
        {
            return SkipContainer(s, i);
        }

        var end = s.IndexOf("endobj", i, StringComparison.Ordinal);
        var stream = s.IndexOf("stream", i, StringComparison.Ordinal);
        return stream >= 0 && stream < end ? stream : end;
    }

    /// <summary>The integer after /Length, when it is a direct number (PDFsharp writes it so).</summary>
    public static int? DirectLength(string dictionary)
    {
        var match = LengthEntry().Match(dictionary);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    public static string WithLength(string dictionary, int length) =>
        LengthEntry().Replace(dictionary, $"/Length {length.ToString(CultureInfo.InvariantCulture)}", 1);

    private static int SkipContainer(string s, int i)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '(')
            {
                i = SkipLiteralString(s, i);
                continue;
            }

            if (c == '<' && i + 1 < s.Length && s[i + 1] == '<')
            {
                depth++;
                i += 2;
                continue;
            }

            if (c == '>' && i + 1 < s.Length && s[i + 1] == '>')
            {
                depth--;
                i += 2;
                if (depth == 0)
                {
                    return i;
                }

                continue;
            }

            if (c == '<')
            {
                i = s.IndexOf('>', i) + 1;
                continue;
            }

            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            i++;
            if (c == ']' && depth == 0)
            {
                return i;
            }
        }

        throw new InvalidDataException("Unterminated dictionary or array in the PDF.");
    }

    private static int SkipLiteralString(string s, int i)
    {
        var depth = 0;
        for (; i < s.Length; i++)
        {
            switch (s[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
                default:
                    break;
            }
        }

        throw new InvalidDataException("Unterminated string in the PDF.");
    }

    [GeneratedRegex(@"/Length\s+(\d+)(?!\d)(?!\s+\d+\s+R)")]
    private static partial Regex LengthEntry();
}
