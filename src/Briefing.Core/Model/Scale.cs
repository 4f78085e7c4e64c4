namespace Briefing.Core.Model;

/// <summary>Words sources scale numbers by.</summary>
public enum Scale
{
    Thousand,
    Million,
    Billion,
}
