using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Documents;

namespace Briefing.Core.Validation.Rules;

/// <summary>
/// Each takeaway, risk and outlook point cites at least one fact (a point with <c>facts: []</c> would be
/// printed with nothing behind it), and each key figure names a fact with a number: the PDF's cards show
/// only figures, so a fact without one would silently drop out.
/// </summary>
public sealed class PointsAndKeyFiguresRestOnFacts : IContentRule
{
    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        if (content.Set.Briefing is not { } briefing)
        {
            return;
        }

        foreach (var (list, name) in new[] { (briefing.Takeaways, "takeaway"), (briefing.Risks, "risk"), (briefing.Outlook, "outlook point") })
        {
            for (var i = 0; i < list.Count; i++)
            {
                // A missing 'facts:' key is already reported by the binder as a missing field.
                if (list[i].Facts.Count == 0 && list[i].HasField(nameof(PointEntry.Facts)))
                {
                    diagnostics.Error(DiagnosticCodes.PointWithoutFacts, list[i].SpanOf(nameof(PointEntry.Facts)),
                        $"{name} {i + 1} cites no facts", "list the ids of the facts it rests on: facts: [fact-id, ...]");
                }
            }
        }

        var keyFigures = briefing.KeyFigures ?? [];
        for (var i = 0; i < keyFigures.Count; i++)
        {
            if (content.Facts.TryGetValue(keyFigures[i], out var fact) && fact.Figure is null)
            {
                diagnostics.Warning(DiagnosticCodes.KeyFigureWithoutNumber, briefing.SpanOfItem(nameof(BriefingDocument.KeyFigures), i),
                    $"key figure '{fact.Id}' has no number, so the PDF's key figures leave it out",
                    "name a fact that has a 'figure:', or give this fact one");
            }
        }
    }
}
