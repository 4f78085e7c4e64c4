using Briefing.Core.Diagnostics;
using Briefing.Core.Model;

namespace Briefing.Core.Validation.Rules;

/// <summary>
/// A briefing cannot draw on what was published after its edition: a source dated later is a typo in
/// its date or in the edition. Compared at the precision both have, so 2026-11 is not after 2026-11-22.
/// </summary>
public sealed class SourcesPrecedeTheEdition : IContentRule
{
    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        if (PartialDate.TryParse(content.Set.Briefing?.Edition) is not { } edition)
        {
            return;
        }

        foreach (var source in content.Set.Sources)
        {
            if (PartialDate.TryParse(source.Published) is { } published && DatesAreNotAfterTheirSources.IsAfter(published, edition))
            {
                diagnostics.Warning(DiagnosticCodes.SourceAfterEdition, source.SpanOf("Published"),
                    $"source '{source.Id}' is dated {published}, after the edition of {edition}",
                    "check the publication date, or move briefing.yaml's edition to the day the briefing is issued");
            }
        }
    }
}
