namespace Briefing.Core.Model;

/// <summary>How a source hedges a number.</summary>
public enum Qualifier
{
    Exact,
    About,
    MoreThan,
    AsMuchAs,
    UpTo,
    AtLeast,
    NoMoreThan,
    Over,
}
