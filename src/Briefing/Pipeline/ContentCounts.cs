using Briefing.Core.Loading;
using Briefing.Core.Model;

namespace Briefing.Pipeline;

/// <summary>"5 sources, 19 companies, …": what content holds, in the same words in every command and stage.</summary>
internal static class ContentCounts
{
    /// <summary>The entities of a built model.</summary>
    public static string Of(BriefingModel model) =>
        Entities(model.Sources.Count, model.Companies.Count, model.Deals.Count, model.Facts.Count, model.Events.Count, model.Charts.Count);

    /// <summary>The files read, led by the briefing, which content may lack before it is validated.</summary>
    public static string Of(ContentSet content) =>
        $"{(content.Briefing is null ? 0 : 1)} briefing, "
        + Entities(content.Sources.Count, content.Companies.Count, content.Deals.Count, content.Facts.Count, content.Events.Count, content.Charts.Count);

    private static string Entities(int sources, int companies, int deals, int facts, int events, int charts) =>
        $"{sources} sources, {companies} companies, {deals} deals, {facts} facts, {events} events, {charts} charts";
}
