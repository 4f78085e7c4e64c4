using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Documents;
using Briefing.Core.Model;

namespace Briefing.Core.Validation.Rules;

/// <summary>
/// A deal's <c>signed.date</c> and its <c>signed</c> status step tell the same moment twice; the site and PDF
/// print both, so they must agree. Dates agree when one is the other at a coarser precision (2023-03 and
/// 2023-03-13), since a step may be known only to the month.
/// </summary>
public sealed class SigningDateMatchesItsStep : IContentRule
{
    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        foreach (var deal in content.Set.Deals)
        {
            if (deal.Signed is not { } signed || PartialDate.TryParse(signed.Date) is not { } date)
            {
                continue;
            }

            var steps = deal.Status.Where(s => s.Status == DealStatus.Signed)
                .Select(s => (s.Date, Parsed: PartialDate.TryParse(s.Date, allowNoLaterThan: true)))
                .Where(s => s.Parsed is not null)
                .ToList();
            if (steps.Count == 0 || steps.Any(s => Agree(date, s.Parsed!)))
            {
                continue;
            }

            diagnostics.Error(DiagnosticCodes.SigningDateMismatch, signed.SpanOf(nameof(SigningEntry.Date)),
                $"deal '{deal.Id}' was signed on {signed.Date} by 'signed:' but on {string.Join(" or ", steps.Select(s => s.Date))} by its 'signed' status step",
                "make the two dates the same, as the source gives it");
        }
    }

    private static bool Agree(PartialDate a, PartialDate b)
    {
        // "by 2023-03" is an upper bound: any signing date no later than it agrees.
        if (b.NoLaterThan)
        {
            return a.Earliest <= b.Earliest || SameAtCoarser(a, b);
        }

        return SameAtCoarser(a, b);
    }

    private static bool SameAtCoarser(PartialDate a, PartialDate b) =>
        a.Year == b.Year && (a.Month is null || b.Month is null || (a.Month == b.Month && (a.Day is null || b.Day is null || a.Day == b.Day)));
}
