namespace Briefing.Site.Charts;

/// <summary>A value on the value axis and where it falls (x for horizontal bars, y for vertical).</summary>
internal sealed record AxisTick(decimal Value, string Text, double Position);
