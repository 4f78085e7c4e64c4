using System.Globalization;

namespace Briefing.Core.Model;

/// <summary>
/// Orders cited things the way their sources tell them: by the oldest source cited, then by the first
/// paragraph cited in it. A deal's facts then read as the article builds its story (the report before
/// the reaction, the strategy before its targets) instead of in the alphabetical order of their ids.
/// </summary>
internal static class ReadingOrder
{
    /// <summary>A sort key: the source's number, then the paragraph (uncited places last).</summary>
    public static (int Source, int Paragraph) Key(IReadOnlyList<Citation> cites, IReadOnlyDictionary<string, int> sourceNumbers)
    {
        var first = (Source: int.MaxValue, Paragraph: int.MaxValue);
        foreach (var cite in cites)
        {
            var key = (Source: sourceNumbers.GetValueOrDefault(cite.SourceId, int.MaxValue), Paragraph: Paragraph(cite.At));
            if (key.CompareTo(first) < 0)
            {
                first = key;
            }
        }

        return first;
    }

    /// <summary>The first number in a locator ("paragraph 10", "paragraphs 3–4"); none sorts last.</summary>
    public static int Paragraph(string? at)
    {
        if (at is null)
        {
            return int.MaxValue;
        }

        var start = at.AsSpan().IndexOfAnyInRange('0', '9');
        if (start < 0)
        {
            return int.MaxValue;
        }

        var digits = at.AsSpan(start);
        var end = digits.IndexOfAnyExceptInRange('0', '9');
        return int.TryParse(end < 0 ? digits : digits[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
    }
}
