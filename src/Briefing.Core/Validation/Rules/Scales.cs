using Briefing.Core.Loading.Documents;
using Briefing.Core.Model;

namespace Briefing.Core.Validation.Rules;

/// <summary>Figures as written, with their scale applied, as the rules compare them.</summary>
internal static class Scales
{
    /// <summary>A figure's value with its scale applied: the document-side twin of <see cref="Figure.AbsoluteValue"/>.</summary>
    public static decimal Absolute(FigureEntry figure) => figure.Value * figure.Scale.Multiplier();
}
