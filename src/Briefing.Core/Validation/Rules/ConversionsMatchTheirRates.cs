using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Documents;
using Briefing.Core.Model;

namespace Briefing.Core.Validation.Rules;

/// <summary>
/// A converted amount ("8 billion yuan ($1.16 billion)") equals the amount at the stated
/// exchange rate ("$1 = RMB 6.8715"), to the decimals it is printed with.
/// </summary>
public sealed class ConversionsMatchTheirRates : IContentRule
{
    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        foreach (var fact in content.Set.Facts)
        {
            if (fact.Figure is not { ConvertedFrom: { } conversion } figure)
            {
                continue;
            }

            var amount = content.FigureOf(conversion.Amount);
            var rate = content.FigureOf(conversion.Rate);
            if (amount is null || rate is null || !FiguresHaveOneSubjectAndAKnownUnit.AreSound(figure, amount, rate))
            {
                continue;
            }

            if (Convert(amount, rate, figure.Unit) is not { } converted)
            {
                diagnostics.Error(DiagnosticCodes.DerivationShape, conversion.Span,
                    $"cannot convert {amount.Unit} to {figure.Unit} with a rate in {rate.Unit}",
                    $"the rate's unit must be {figure.Unit}/{amount.Unit} or {amount.Unit}/{figure.Unit}");
                continue;
            }

            // Compare in the figure's own scale so rounding is judged on the printed digits.
            var computed = converted / figure.Scale.Multiplier();
            if (!Tolerance.Agrees(figure.Value, computed))
            {
                diagnostics.Error(DiagnosticCodes.ConversionMismatch, figure.SpanOf("Value"),
                    $"fact '{fact.Id}' states {figure.Value} {Scale(figure)}{figure.Unit} but {conversion.Amount} at " +
                    $"{rate.Value} {rate.Unit} gives {Math.Round(computed, 4)}",
                    "check the amount, the rate and the converted value against the article");
            }
        }
    }

    /// <summary>The amount in the target currency, or null when the units don't chain.</summary>
    private static decimal? Convert(FigureEntry amount, FigureEntry rate, string target)
    {
        if (!FigureText.IsRate(rate.Unit) || rate.Value == 0)
        {
            return null;
        }

        var absolute = Scales.Absolute(amount);
        var (numerator, denominator) = (rate.Unit[..3], rate.Unit[4..]);
        if (numerator == amount.Unit && denominator == target)
        {
            return Math.Abs(rate.Value) >= 1m || Math.Abs(absolute) <= decimal.MaxValue * Math.Abs(rate.Value)
                ? absolute / rate.Value // CNY per USD: USD = CNY / rate
                : decimal.MaxValue;
        }

        if (numerator == target && denominator == amount.Unit)
        {
            // Both factors are bounded (FieldLimits) but their product may not be: then it is beyond any stated value.
            try
            {
                return absolute * rate.Value; // USD per CNY: USD = CNY × rate
            }
            catch (OverflowException)
            {
                return decimal.MaxValue;
            }
        }

        return null;
    }

    private static string Scale(FigureEntry figure) =>
        figure.Scale is { } scale ? FigureText.ScaleWord(scale) + " " : "";
}
