namespace Briefing.Core.Model;

/// <summary>One thing a source says, in our own words, with the figure it gives, if any.</summary>
public sealed record Fact(
    string Id,
    string Statement,
    Figure? Figure,
    IReadOnlyList<Citation> Cites,
    IReadOnlyList<string> About,
    IReadOnlyList<string> Deals);

/// <summary>A typed number, exactly as the source gives it.</summary>
public sealed record Figure(
    string Metric,
    string? SubjectId,
    string? Market,
    string? Segment,
    decimal Value,
    Scale? Scale,
    string Unit,
    Qualifier Qualifier,
    Period? Period,
    PartialDate? AsOf,
    string? TimeOfDay,
    Growth? GrowthOf,
    Conversion? ConvertedFrom)
{
    /// <summary>The value with its scale applied: 8 billion is 8 000 000 000.</summary>
    public decimal AbsoluteValue => Value * Scale.Multiplier();
}

/// <summary>The two figures (fact ids) a growth rate relates.</summary>
public sealed record Growth(string FromFactId, string ToFactId);

/// <summary>The amount and rate (fact ids) a currency conversion uses.</summary>
public sealed record Conversion(string AmountFactId, string RateFactId);
