using Briefing.Core.Model;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Briefing.Core.Loading.Documents;

/// <summary>A company, group or organisation the sources name: <c>companies/&lt;id&gt;.yaml</c>.</summary>
public sealed class CompanyDocument : YamlObject
{
    [JsonRequired, Format(ValueFormat.Id), Description("Stable id that deals and facts refer to.")]
    public string Id { get; set; } = "";

    [JsonRequired, Description("The name readers know it by.")]
    public string Name { get; set; } = "";

    [Description("The name in Chinese characters, when known.")]
    public string? ChineseName { get; set; }

    [Description("Other names and spellings the sources use.")]
    public List<string>? Aliases { get; set; }

    [Description("The parent company, as a source states it.")]
    public ParentLink? Parent { get; set; }

    [Description("City (and country) of the headquarters or base, as a source states it.")]
    public string? Headquarters { get; set; }

    [JsonRequired, Description("What the company is, one or more roles.")]
    public List<CompanyRole> Roles { get; set; } = [];

    [Format(ValueFormat.Markdown), Description("A short profile in our own words.")]
    public string? Description { get; set; }

    [Description("Sources for the description and headquarters.")]
    public List<Citation>? Cites { get; set; }

    [Description("People the sources name, with their roles.")]
    public List<PersonEntry>? People { get; set; }
}

/// <summary>A parent company link and the sources that state it.</summary>
public sealed class ParentLink : YamlObject
{
    [JsonRequired, Format(ValueFormat.Id), Description("The id of the parent company.")]
    public string Company { get; set; } = "";

    [JsonRequired, Description("Sources that state the relationship.")]
    public List<Citation> Cites { get; set; } = [];
}

/// <summary>A person and the role a source gives them.</summary>
public sealed class PersonEntry : YamlObject
{
    [JsonRequired, Description("Full name, family name first for Chinese names as the source writes it.")]
    public string Name { get; set; } = "";

    [JsonRequired, Description("Title or role, as of the cited source.")]
    public string Role { get; set; } = "";

    [JsonRequired, Description("Sources that name the person in this role.")]
    public List<Citation> Cites { get; set; } = [];
}
