namespace Briefing.Core.Model;

/// <summary>The number a scale word stands for, for every place that compares values across scales.</summary>
public static class ScaleMultiplier
{
    /// <summary>1 000 for thousand, 1 000 000 for million, 1 000 000 000 for billion; 1 without a scale.</summary>
    public static decimal Multiplier(this Scale? scale) => scale switch
    {
        Scale.Thousand => 1_000m,
        Scale.Million => 1_000_000m,
        Scale.Billion => 1_000_000_000m,
        _ => 1m,
    };
}
