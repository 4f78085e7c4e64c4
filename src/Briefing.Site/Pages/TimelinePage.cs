using Briefing.Site.Views;

namespace Briefing.Site.Pages;

/// <summary>Every event, grouped by year, each at the precision its source gives.</summary>
internal sealed record TimelinePage(IReadOnlyList<TimelineYearView> Years)
{
    public static TimelinePage Build(PageContext context) => new(
        [.. context.Model.Events
            .GroupBy(e => e.Date.Year)
            .OrderBy(g => g.Key)
            .Select(g => new TimelineYearView(g.Key, $"year-{g.Key}", [.. g.Select(context.Event)]))]);
}

/// <summary>A year of the timeline and its events, in date order (a month before its days).</summary>
internal sealed record TimelineYearView(int Year, string Anchor, IReadOnlyList<EventView> Events);
