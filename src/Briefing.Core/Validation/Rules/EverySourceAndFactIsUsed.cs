using Briefing.Core.Diagnostics;

namespace Briefing.Core.Validation.Rules;

/// <summary>
/// Notes sources nothing cites and facts nothing points to (no point, event, chart, key
/// figure or derivation). Not wrong, so only information: often a sign of unfinished work.
/// </summary>
public sealed class EverySourceAndFactIsUsed : IContentRule
{
    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        if (content.Set.UnreadableIds.Count > 0)
        {
            // A file left out for its errors may be what uses them: say nothing until it reads.
            return;
        }

        var cited = content.AllCitations().Select(c => c.Source).ToHashSet(StringComparer.Ordinal);
        foreach (var source in content.Set.Sources.Where(s => !cited.Contains(s.Id)))
        {
            diagnostics.Info(DiagnosticCodes.UnusedSource, source.SpanOf("Id"), $"source '{source.Id}' is cited by nothing",
                "cite it from a fact, or remove it");
        }

        var used = UsedFacts(content);
        foreach (var fact in content.Set.Facts.Where(f => !used.Contains(f.Id)))
        {
            diagnostics.Info(DiagnosticCodes.UnusedFact, fact.SpanOf("Id"),
                $"fact '{fact.Id}' appears only in the facts table",
                "refer to it from a takeaway, risk, event, chart or key figure if it matters");
        }
    }

    private static HashSet<string> UsedFacts(ContentIndex content)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        if (content.Set.Briefing is { } briefing)
        {
            used.UnionWith(briefing.Takeaways.Concat(briefing.Risks).Concat(briefing.Outlook).SelectMany(p => p.Facts));
            used.UnionWith(briefing.KeyFigures ?? []);
        }

        used.UnionWith(content.Set.Events.SelectMany(e => e.Facts ?? []));
        used.UnionWith(content.Set.Charts.SelectMany(c => c.Bars.Select(b => b.Fact)));
        foreach (var figure in content.Set.Facts.Select(f => f.Figure).OfType<Loading.Documents.FigureEntry>())
        {
            if (figure.GrowthOf is { } growth)
            {
                used.Add(growth.From);
                used.Add(growth.To);
            }

            if (figure.ConvertedFrom is { } conversion)
            {
                used.Add(conversion.Amount);
                used.Add(conversion.Rate);
            }
        }

        return used;
    }
}
