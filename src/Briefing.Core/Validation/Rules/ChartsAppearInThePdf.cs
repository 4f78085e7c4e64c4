using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Binding;
using Briefing.Core.Model;

namespace Briefing.Core.Validation.Rules;

/// <summary>
/// The PDF prints charts in its key-figures section only (the site shows every chart). When briefing.yaml's
/// sections leave that section out, every chart is silently missing from the PDF; each chart file says so.
/// </summary>
public sealed class ChartsAppearInThePdf : IContentRule
{
    /// <summary>The sections of the PDF that print charts.</summary>
    public static readonly IReadOnlySet<SectionKind> ShowingCharts = new HashSet<SectionKind> { SectionKind.KeyFigures };

    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        // Without a readable sections list there is nothing to judge; its own error says why.
        if (content.Set.Briefing is not { } briefing || !briefing.HasField("Sections") || briefing.Sections.Any(ShowingCharts.Contains))
        {
            return;
        }

        var sections = string.Join(", ", ShowingCharts.Select(s => EnumNames.ToYaml(s)));
        foreach (var chart in content.Set.Charts)
        {
            diagnostics.Warning(DiagnosticCodes.ChartNotInPdf, chart.SpanOf("Id"),
                $"chart '{chart.Id}' is in no section of the PDF: only {sections} prints charts, and briefing.yaml's sections leave it out",
                $"add {sections} to briefing.yaml's sections, or delete the chart if only the site should have it");
        }
    }
}
