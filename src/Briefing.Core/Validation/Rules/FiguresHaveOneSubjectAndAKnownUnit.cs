using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Documents;
using Briefing.Core.Model;

namespace Briefing.Core.Validation.Rules;

/// <summary>
/// A figure measures either one company (subject) or a market, never both or neither, and
/// its unit is one the renderers know how to print.
/// </summary>
public sealed class FiguresHaveOneSubjectAndAKnownUnit : IContentRule
{
    /// <summary>Units other than currencies (CNY) and rates (CNY/USD).</summary>
    public static readonly IReadOnlyList<string> CountUnits =
        ["vehicles", "units", "percent", "percentage-points", "targets", "companies", "people", "years"];

    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        foreach (var fact in content.Set.Facts)
        {
            if (fact.Figure is not { } figure)
            {
                continue;
            }

            var hasSubject = !string.IsNullOrEmpty(figure.Subject);
            var hasMarket = !string.IsNullOrEmpty(figure.Market);
            if (hasSubject == hasMarket)
            {
                diagnostics.Error(DiagnosticCodes.FigureSubject, figure.Span,
                    hasSubject
                        ? $"the figure of fact '{fact.Id}' gives both a subject and a market"
                        : $"the figure of fact '{fact.Id}' gives neither a subject nor a market",
                    "use 'subject: <company-id>' for one company, or 'market: <words>' for a market");
            }

            if (figure.Unit.Length > 0 && !IsKnownUnit(figure.Unit))
            {
                diagnostics.Error(DiagnosticCodes.UnknownUnit, figure.SpanOf("Unit"), $"'{figure.Unit}' is not a known unit",
                    $"use one of {string.Join(", ", CountUnits)}, a currency code such as CNY, or a rate such as CNY/USD");
            }
        }
    }

    /// <summary>
    /// True when this rule has nothing to say about the figure. Rules that compare figures skip the others:
    /// a figure already reported as malformed would only repeat its error in other files' reports.
    /// </summary>
    public static bool IsSound(FigureEntry figure) =>
        IsKnownUnit(figure.Unit) && string.IsNullOrEmpty(figure.Subject) != string.IsNullOrEmpty(figure.Market);

    /// <summary>True when every figure a derivation relates is sound: one malformed figure and there is nothing to compare.</summary>
    public static bool AreSound(params ReadOnlySpan<FigureEntry> figures)
    {
        foreach (var figure in figures)
        {
            if (!IsSound(figure))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsKnownUnit(string unit) =>
        CountUnits.Contains(unit) || FigureText.IsCurrency(unit) || FigureText.IsRate(unit);
}
