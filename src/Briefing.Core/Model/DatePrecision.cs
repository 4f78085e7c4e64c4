namespace Briefing.Core.Model;

/// <summary>How much of a date a source actually gives.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
