namespace Briefing.Core.Text;

/// <summary>Text for places repeated many times (tooltips, running heads): cut at a word with an ellipsis, so output grows with input, not with input times its uses.</summary>
public static class Shortened
{
    /// <summary>The text itself when at most <paramref name="max"/> characters, else its first words and "…".</summary>
    public static string To(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd() + "…";
    }
}
