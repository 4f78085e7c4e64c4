namespace Briefing.Core.Charts;

/// <summary>A value on the value axis and where it falls (x for horizontal bars, y for vertical).</summary>
public sealed record AxisTick(decimal Value, string Text, double Position);
