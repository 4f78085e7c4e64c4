namespace Briefing.Core.Validation.Rules;

/// <summary>
/// How far a stated number may be from one we compute: half a unit in its last printed
/// decimal, because sources round (92.058… is printed 92.06).
/// </summary>
internal static class Tolerance
{
    public static decimal HalfLastDigit(decimal stated)
    {
        var decimals = (decimal.GetBits(stated)[3] >> 16) & 0xFF;
        return 0.5m / Pow10(decimals) + 0.0000001m;
    }

    public static bool Agrees(decimal stated, decimal computed) =>
        // Opposite signs at the ends of decimal's range would overflow the difference; they never agree anyway.
        (Math.Sign(stated) * Math.Sign(computed) >= 0 || (Math.Abs(stated) < 1e20m && Math.Abs(computed) < 1e20m))
        && Math.Abs(stated - computed) <= HalfLastDigit(stated);

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
