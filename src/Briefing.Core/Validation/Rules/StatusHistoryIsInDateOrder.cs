using Briefing.Core.Diagnostics;
using Briefing.Core.Model;

namespace Briefing.Core.Validation.Rules;

/// <summary>A deal's status steps are written oldest first, so "current status" is the last one.</summary>
public sealed class StatusHistoryIsInDateOrder : IContentRule
{
    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        foreach (var deal in content.Set.Deals)
        {
            PartialDate? previous = null;
            foreach (var step in deal.Status)
            {
                var date = PartialDate.TryParse(step.Date, allowNoLaterThan: true);
                if (date is null)
                {
                    continue;
                }

                if (previous is not null && date.Earliest < previous.Earliest)
                {
                    diagnostics.Warning(DiagnosticCodes.StatusOrder, step.SpanOf("Date"),
                        $"in deal '{deal.Id}', the step dated {date} comes after one dated {previous}",
                        "list status steps oldest first");
                }

                previous = date;
            }
        }
    }
}
