namespace Briefing.Core.Model;

/// <summary>A partnership, agreement or reported talks between companies.</summary>
public sealed record Deal(
    string Id,
    string Title,
    DealKind Kind,
    IReadOnlyList<Party> Parties,
    IReadOnlyList<StatusStep> Status,
    Signing? Signed,
    string? Term,
    IReadOnlyList<string> Scope,
    string Summary,
    IReadOnlyList<Citation> Cites,
    IReadOnlyList<string> Related)
{
    /// <summary>The latest step of the deal's history (steps are kept in date order).</summary>
    public StatusStep? CurrentStatus => Status.Count > 0 ? Status[^1] : null;

    /// <summary>The date the deal is best known by: signing, else its first reported step.</summary>
    public PartialDate? KeyDate => Signed?.Date ?? (Status.Count > 0 ? Status[0].Date : null);
}

/// <summary>A company's part in a deal.</summary>
public sealed record Party(string CompanyId, string Role);

/// <summary>One dated step of a deal's history.</summary>
public sealed record StatusStep(DealStatus Status, PartialDate Date, string? Note, IReadOnlyList<Citation> Cites);

/// <summary>When and where an agreement was signed.</summary>
public sealed record Signing(PartialDate Date, string? Place);
