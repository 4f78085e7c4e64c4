using Briefing.Core.Loading.Documents;
using Briefing.Core.Model;

namespace Briefing.Core.Validation.Rules;

/// <summary>The multiplier a scale word stands for.</summary>
internal static class Scales
{
    public static decimal Factor(Scale? scale) => scale switch
    {
        Scale.Thousand => 1_000m,
        Scale.Million => 1_000_000m,
        Scale.Billion => 1_000_000_000m,
        _ => 1m,
    };

    /// <summary>A figure's value with its scale applied, as the rules compare them.</summary>
    public static decimal Absolute(FigureEntry figure) => figure.Value * Factor(figure.Scale);
}
