using Briefing.Layout.Text;

namespace Briefing.Pdf.Text;

/// <summary>Runs set one after another with a separator between them: "Reuters · Julie Zhu · News report".</summary>
internal static class RunJoin
{
    /// <summary>
    /// The parts with a fresh separator run between each two; none before the first or after the last.
    /// </summary>
    public static IEnumerable<Run> Joined(IEnumerable<Run> parts, string separator, TextStyle? separatorStyle = null)
    {
        var first = true;
        foreach (var part in parts)
        {
            if (!first)
            {
                yield return new Run(separator, separatorStyle);
            }

            first = false;
            yield return part;
        }
    }
}
