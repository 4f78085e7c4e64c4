namespace Briefing.Core.Charts;

/// <summary>Breaks a label into lines that fit a width, at spaces; a word longer than the width gets a line of its own.</summary>
public static class TextWrap
{
    public static IReadOnlyList<string> Lines(string text, double width, ChartFrame frame)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (current.Length > 0 && frame.MeasureText(candidate, frame.FontSize) > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}
