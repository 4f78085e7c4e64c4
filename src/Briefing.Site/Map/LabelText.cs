namespace Briefing.Site.Map;

/// <summary>
/// How wide a map label will be, and long labels broken into lines, so names stay inside the
/// map's viewBox. The site has no font metrics at hand (the theme names the font), so widths are
/// estimated a little wider than common sans-serif faces set them in semibold (DejaVu Sans Bold is
/// among the widest): an estimate that errs leaves room, never overflows.
/// </summary>
internal static class LabelText
{
    /// <summary>The estimated width of one line of text, in the units of <paramref name="fontSize"/>.</summary>
    public static double Width(string text, double fontSize) => text.Sum(Em) * fontSize;

    /// <summary>
    /// Words in lines no wider than <paramref name="maxWidth"/> where possible (a single word wider
    /// than that stays whole on its own line); never an empty line.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, double fontSize)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && Width(candidate, fontSize) > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    // Advance widths in em, rounded up from DejaVu Sans Bold; CJK and other wide scripts take a full em.
    private static double Em(char c) => c switch
    {
        ' ' => 0.36,
        'i' or 'j' or 'l' or 'I' or 'J' or '.' or ',' or ':' or ';' or '\'' or '!' or '|' => 0.38,
        'f' or 't' or 'r' or '(' or ')' or '-' or '/' => 0.52,
        'm' => 1.05,
        'w' => 0.95,
        'M' or 'W' => 1.05,
        >= 'A' and <= 'Z' => 0.82,
        >= '0' and <= '9' => 0.72,
        >= '\u2E80' => 1.0,
        _ => 0.72,
    };
}
