namespace Briefing.Core.Charts;

/// <summary>One bar's data: its label, value and the words printed beside it ("more than 9%").</summary>
public sealed record BarDatum(string Label, decimal Value, string ValueText);
