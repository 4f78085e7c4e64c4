namespace Briefing.Core.Model;

/// <summary>A company, group or organisation the sources name.</summary>
public sealed record Company(
    string Id,
    string Name,
    string? ChineseName,
    IReadOnlyList<string> Aliases,
    string? ParentId,
    IReadOnlyList<Citation> ParentCites,
    string? Headquarters,
    IReadOnlyList<CompanyRole> Roles,
    string? Description,
    IReadOnlyList<Citation> Cites,
    IReadOnlyList<Person> People);

/// <summary>A person and the role a source gives them.</summary>
public sealed record Person(string Name, string Role, IReadOnlyList<Citation> Cites);
