using System.Globalization;
using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Documents;
using Briefing.Core.Loading.Yaml;

namespace Briefing.Core.Loading.Binding;

/// <summary>
/// Bounds no honest value comes near, so that no input can make arithmetic overflow or output
/// explode: a figure's size and decimals, and how long a text may be. A title is repeated in
/// every tooltip and running head that names it; a million-character one made a 117 MB site.
/// </summary>
internal static class FieldLimits
{
    /// <summary>The largest figure, before its scale: a quadrillion. With a billion scale and growth rates on top, decimal arithmetic still has room.</summary>
    public const decimal MaxFigure = 1_000_000_000_000_000m;

    /// <summary>The most decimal places a figure may have; also the smallest non-zero figure (1e-8).</summary>
    public const int MaxDecimals = 8;

    /// <summary>Texts shown as a name or a heading: titles, names, labels, units, places.</summary>
    public const int MaxShortText = 300;

    /// <summary>Narrative Markdown and free notes: far beyond any summary or statement.</summary>
    public const int MaxLongText = 20_000;

    // Plain-text fields that are sentences rather than names.
    private static readonly HashSet<string> Sentences = new(StringComparer.Ordinal)
    {
        nameof(SourceDocument.PublishedInferred), nameof(SourceDocument.BasedOn), nameof(CompanyDocument.Description), "Note",
    };

    public static bool CheckNumber(YamlScalar scalar, decimal number, BindableProperty property, DiagnosticBag diagnostics)
    {
        var decimals = (decimal.GetBits(number)[3] >> 16) & 0xFF;
        if (Math.Abs(number) <= MaxFigure && decimals <= MaxDecimals)
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.NumberOutOfRange, scalar.Span,
            $"'{property.Key}' is {Shown(scalar.Value)}: a figure may be at most {MaxFigure.ToString("N0", CultureInfo.InvariantCulture)} "
                + $"either way, with at most {MaxDecimals} decimal places",
            "write large amounts with a scale (value: 1.2, scale: billion) and round to the decimals the source prints");
        return false;
    }

    public static bool CheckLength(YamlScalar scalar, BindableProperty property, DiagnosticBag diagnostics)
    {
        var limit = property.Format == ValueFormat.Markdown || Sentences.Contains(property.Info.Name) ? MaxLongText : MaxShortText;
        if (scalar.Value.Length <= limit)
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.TooLong, scalar.Span,
            $"'{property.Key}' is {scalar.Value.Length:N0} characters long; it may be at most {limit:N0}",
            limit == MaxShortText
                ? "a name or title is read at a glance and repeated in tooltips and headers: shorten it, and put the detail in a description, summary or notes"
                : "split the text, or keep the detail in the source and cite it");
        return false;
    }

    private static string Shown(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
