using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Documents;
using Briefing.Core.Model;

namespace Briefing.Core.Validation.Rules;

/// <summary>
/// Two facts giving different values for the same metric, subject, segment and time are a
/// conflict worth a warning naming both. Facts at different times of day are not: share
/// prices move between early trading and the afternoon, and both reports are kept.
/// </summary>
public sealed class SourcesAgreeOnFigures : IContentRule
{
    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        var groups = content.Set.Facts
            .Where(f => f.Figure is { } figure && FiguresHaveOneSubjectAndAKnownUnit.IsSound(figure))
            .GroupBy(f => Key(f.Figure!), StringComparer.Ordinal);

        foreach (var group in groups)
        {
            var facts = group.ToList();
            for (var i = 0; i < facts.Count; i++)
            {
                for (var j = i + 1; j < facts.Count; j++)
                {
                    Compare(facts[i], facts[j], diagnostics);
                }
            }
        }
    }

    private static void Compare(FactDocument first, FactDocument second, DiagnosticBag diagnostics)
    {
        var (a, b) = (first.Figure!, second.Figure!);
        if (Scales.Absolute(a) == Scales.Absolute(b) && a.Qualifier == b.Qualifier)
        {
            return;
        }

        diagnostics.Warning(DiagnosticCodes.ConflictingFigures, b.SpanOf("Value"),
            $"fact '{second.Id}' ({Sources(second)}) gives {b.Value} where fact '{first.Id}' ({Sources(first)}) " +
            $"gives {a.Value} for the same {a.Metric}",
            "if both reports stand, say what differs (timeOfDay, period, segment); otherwise correct one");
    }

    private static string Sources(FactDocument fact) => string.Join(", ", fact.Cites.Select(c => c.Source));

    /// <summary>What makes two figures measure the same thing at the same time.</summary>
    private static string Key(FigureEntry figure) => string.Join('|',
        figure.Metric.Trim().ToLowerInvariant(),
        figure.Subject ?? "",
        figure.Market?.Trim().ToLowerInvariant() ?? "",
        figure.Segment?.Trim().ToLowerInvariant() ?? "",
        figure.Unit,
        Period.TryParse(figure.Period)?.ToIso() ?? "",
        PartialDate.TryParse(figure.AsOf)?.ToIso() ?? "",
        figure.TimeOfDay?.Trim().ToLowerInvariant() ?? "");
}
