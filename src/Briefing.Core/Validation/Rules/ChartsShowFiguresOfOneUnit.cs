using Briefing.Core.Diagnostics;

namespace Briefing.Core.Validation.Rules;

/// <summary>Each chart bar is a figure, and one chart's bars share a unit so their heights compare.</summary>
public sealed class ChartsShowFiguresOfOneUnit : IContentRule
{
    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        foreach (var chart in content.Set.Charts)
        {
            if (chart.Bars.Count == 0 && chart.HasField("Bars"))
            {
                diagnostics.Error(DiagnosticCodes.ChartBars, chart.SpanOf("Bars"), $"chart '{chart.Id}' has no bars",
                    "add '- fact: <fact-id>' items with labels");
            }

            string? unit = null;
            foreach (var bar in chart.Bars)
            {
                if (!content.Facts.TryGetValue(bar.Fact, out var fact))
                {
                    continue; // reported by ReferencesResolve
                }

                if (fact.Figure is null)
                {
                    diagnostics.Error(DiagnosticCodes.ChartBars, bar.SpanOf("Fact"),
                        $"fact '{bar.Fact}' has no figure to chart", "chart only facts with a figure");
                    continue;
                }

                if (!FiguresHaveOneSubjectAndAKnownUnit.IsSound(fact.Figure))
                {
                    continue;
                }

                unit ??= fact.Figure.Unit;
                if (fact.Figure.Unit != unit)
                {
                    diagnostics.Error(DiagnosticCodes.ChartBars, bar.SpanOf("Fact"),
                        $"chart '{chart.Id}' mixes units: '{bar.Fact}' is in {fact.Figure.Unit}, earlier bars in {unit}",
                        "make a separate chart for each unit");
                }
            }
        }
    }
}
