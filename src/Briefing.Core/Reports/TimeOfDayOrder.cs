namespace Briefing.Core.Reports;

/// <summary>
/// Orders the words sources use for a time of day ("early trading", "afternoon", "close") so
/// side-by-side reports read in the order the day ran. Unknown words sort last, in their order.
/// </summary>
public static class TimeOfDayOrder
{
    private static readonly string[] Day =
        ["pre-market", "premarket", "opening", "open", "early", "morning", "midday", "noon", "lunch", "afternoon", "late", "close", "closing", "evening", "after-hours"];

    public static int Rank(string? timeOfDay)
    {
        if (string.IsNullOrWhiteSpace(timeOfDay))
        {
            return -1;
        }

        var text = timeOfDay.ToLowerInvariant();
        var index = Array.FindIndex(Day, word => text.Contains(word, StringComparison.Ordinal));
        return index < 0 ? Day.Length : index;
    }
}
