namespace Briefing.Core.Charts;

/// <summary>
/// A value axis with round ticks (0, 20,000, 40,000 …; 0%, 5%, 10%) that covers the data and zero.
/// Decimal arithmetic so tick values print exactly.
/// </summary>
public sealed record NiceScale(decimal Min, decimal Max, decimal Step)
{
    /// <param name="values">The data the axis must cover, with zero.</param>
    /// <param name="targetTicks">About how many steps the axis should have.</param>
    /// <param name="headroom">
    /// The share of the axis (0 to 1) to keep free above the highest value, so a label printed over the
    /// tallest bar does not sit on the top gridline; the axis grows by one step when the data reach into it.
    /// </param>
    public static NiceScale For(IEnumerable<decimal> values, int targetTicks = 5, decimal headroom = 0m)
    {
        var list = values.ToList();
        var low = Math.Min(0m, list.Count == 0 ? 0m : list.Min());
        var high = Math.Max(0m, list.Count == 0 ? 1m : list.Max());
        if (low == high)
        {
            high = low + 1m;
        }

        var step = NiceStep((high - low) / targetTicks);
        var (min, max) = (Math.Floor(low / step) * step, Math.Ceiling(high / step) * step);
        if (high > 0m && high > max - ((max - min) * headroom))
        {
            max += step;
        }

        return new NiceScale(min, max, step);
    }

    public IEnumerable<decimal> Ticks()
    {
        for (var value = Min; value <= Max; value += Step)
        {
            yield return value;
        }
    }

    /// <summary>Where a value falls on an axis from <paramref name="start"/> (Min) to <paramref name="end"/> (Max).</summary>
    public double Position(decimal value, double start, double end) =>
        start + ((end - start) * (double)((value - Min) / (Max - Min)));

    private static decimal NiceStep(decimal raw)
    {
        // Figures are bounded (at most 8 decimals), but an axis must never divide by a magnitude that
        // rounds to zero in decimal: no step is finer than 1e-12.
        var magnitude = Math.Max((decimal)Math.Pow(10, Math.Floor(Math.Log10((double)Math.Max(raw, 0.000000000001m)))), 0.000000000001m);
        var residual = raw / magnitude;
        var nice = residual > 5m ? 10m : residual > 2m ? 5m : residual > 1m ? 2m : 1m;
        return nice * magnitude;
    }
}
