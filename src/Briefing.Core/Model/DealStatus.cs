namespace Briefing.Core.Model;

/// <summary>The steps a deal goes through, as sources report them.</summary>
public enum DealStatus
{
    Reported,
    Planned,
    Announced,
    Signed,
    Established,
    Ongoing,
    Denied,
    DeclinedToComment,
}
