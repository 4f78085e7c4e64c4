using Briefing.Core.Diagnostics;
using Briefing.Core.Model;

namespace Briefing.Core.Validation.Rules;

/// <summary>
/// A stated growth rate equals (to − from) / from, to the decimals it is printed with; a
/// mismatch means a typo in one of the three numbers. It relates like with like (one metric,
/// subject, segment and period length; otherwise BRF027), and between hedged figures ("more than
/// 600 → more than 900" is not exactly 50%) it cannot be checked, which is said (BRF028).
/// </summary>
public sealed class GrowthRatesMatchTheirFigures : IContentRule
{
    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        foreach (var fact in content.Set.Facts)
        {
            if (fact.Figure is not { GrowthOf: { } growth } figure)
            {
                continue;
            }

            var from = content.FigureOf(growth.From);
            var to = content.FigureOf(growth.To);
            if (from is null || to is null)
            {
                // Unknown ids are reported by ReferencesResolve; facts without figures here.
                if (content.Facts.ContainsKey(growth.From) && content.Facts.ContainsKey(growth.To))
                {
                    diagnostics.Error(DiagnosticCodes.DerivationShape, growth.Span,
                        "growthOf must name two facts that have figures", "add a figure to both facts");
                }

                continue;
            }

            if (!FiguresHaveOneSubjectAndAKnownUnit.AreSound(figure, from, to))
            {
                continue;
            }

            if (figure.Unit != "percent" || from.Unit != to.Unit)
            {
                diagnostics.Error(DiagnosticCodes.DerivationShape, growth.Span,
                    $"a growth rate is in percent between figures of one unit; here {figure.Unit} from {from.Unit} to {to.Unit}",
                    "check the units of the three figures");
                continue;
            }

            if (GrowthComparison.Difference(from, to) is { } difference)
            {
                diagnostics.Error(DiagnosticCodes.GrowthNotComparable, growth.Span,
                    $"fact '{fact.Id}' states growth between figures that do not compare: {difference}",
                    "growthOf relates two figures of one metric, subject and segment over periods of the same length; check the ids");
                continue;
            }

            if (GrowthComparison.Hedge(from, to) is { } hedge)
            {
                diagnostics.Warning(DiagnosticCodes.GrowthNotExact, figure.SpanOf("Value"),
                    $"fact '{fact.Id}' states growth of {figure.Value}% between hedged figures ({hedge}), so it cannot be verified",
                    "a hedged number is a bound, not a value: keep the growth rate only if the source states it, and cite that paragraph");
                continue;
            }

            var start = Scales.Absolute(from);
            if (start == 0)
            {
                continue;
            }

            // Figures are bounded when read (FieldLimits), but a tiny start under a huge end can still
            // exceed decimal's range: no stated rate within bounds matches that, so it is a mismatch.
            decimal? computed;
            try
            {
                computed = (Scales.Absolute(to) - start) / start * 100m;
            }
            catch (OverflowException)
            {
                computed = null;
            }

            if (computed is not { } growthRate || !Tolerance.Agrees(figure.Value, growthRate))
            {
                diagnostics.Error(DiagnosticCodes.GrowthMismatch, figure.SpanOf("Value"),
                    $"fact '{fact.Id}' states growth of {figure.Value}% but {growth.From} → {growth.To} " +
                    $"({from.Value} → {to.Value}) is {(computed is { } c ? Math.Round(c, 4).ToString(System.Globalization.CultureInfo.InvariantCulture) : "beyond any number a figure may hold")}%",
                    "check the three numbers against the article");
            }
        }
    }
}
