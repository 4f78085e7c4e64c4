namespace Briefing.Core.Model;

/// <summary>
/// Orders cited things the way their sources tell them: by the oldest source cited, then by the first
/// paragraph cited in it. A deal's facts then read as the article builds its story (the report before
/// the reaction, the strategy before its targets) instead of in the alphabetical order of their ids.
/// </summary>
internal static class ReadingOrder
{
    /// <summary>
    /// A sort key: every place cited, as (source number, paragraph), earliest first, compared place by
    /// place. Two things first cited at the same paragraph are told apart by where else they are cited.
    /// </summary>
    public static Position Key(IReadOnlyList<Citation> cites, IReadOnlyDictionary<string, int> sourceNumbers) =>
        new([.. cites
            .Select(c => (Source: sourceNumbers.GetValueOrDefault(c.SourceId, int.MaxValue), Paragraph: Paragraph(c.At)))
            .Order()]);

    /// <summary>Where something is told, in reading order; uncited or unlocated places sort last.</summary>
    public sealed record Position(IReadOnlyList<(int Source, int Paragraph)> Places) : IComparable<Position>
    {
        public int CompareTo(Position? other)
        {
            if (other is null)
            {
                return -1;
            }

            for (var i = 0; i < Math.Min(Places.Count, other.Places.Count); i++)
            {
                var byPlace = Places[i].CompareTo(other.Places[i]);
                if (byPlace != 0)
                {
                    return byPlace;
                }
            }

            // Cited nowhere sorts last; otherwise the one with more places is the fuller telling, first.
            return (Places.Count == 0, other.Places.Count == 0) switch
            {
                (true, false) => 1,
                (false, true) => -1,
                _ => other.Places.Count.CompareTo(Places.Count),
            };
        }
    }

    /// <summary>The first paragraph a locator names ("paragraph 10", "paragraphs 3–4"); none sorts last.</summary>
    public static int Paragraph(string? at) => Locator.Paragraphs(at) is [var first, ..] ? first : int.MaxValue;
}
