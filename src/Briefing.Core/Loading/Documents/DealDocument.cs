using Briefing.Core.Model;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Briefing.Core.Loading.Documents;

/// <summary>A partnership, agreement or reported talks between companies: <c>deals/&lt;id&gt;.yaml</c>.</summary>
public sealed class DealDocument : YamlObject
{
    [JsonRequired, Format(ValueFormat.Id), Description("Stable id that facts and events refer to.")]
    public string Id { get; set; } = "";

    [JsonRequired, Description("A short title, e.g. 'BAIC Group–CATL strategic cooperation agreement'.")]
    public string Title { get; set; } = "";

    [JsonRequired, Description("What kind of arrangement it is.")]
    public DealKind Kind { get; set; }

    [JsonRequired, Description("The companies involved, each with its role in the deal.")]
    public List<PartyEntry> Parties { get; set; } = [];

    [JsonRequired, Description("What happened to the deal, in date order, each step cited.")]
    public List<StatusEntry> Status { get; set; } = [];

    [Description("When and where it was signed, for signed agreements.")]
    public SigningEntry? Signed { get; set; }

    [Description("How long it runs, as the source states it, e.g. 'ten years'.")]
    public string? Term { get; set; }

    [Description("What the deal covers, one item each.")]
    public List<string>? Scope { get; set; }

    [JsonRequired, Format(ValueFormat.Markdown), Description("A summary in our own words.")]
    public string Summary { get; set; } = "";

    [JsonRequired, Description("Sources for the summary and scope.")]
    public List<Citation> Cites { get; set; } = [];

    [Description("Ids of deals this one builds on or relates to.")]
    public List<string>? Related { get; set; }
}

/// <summary>A company's part in a deal.</summary>
public sealed class PartyEntry : YamlObject
{
    [JsonRequired, Format(ValueFormat.Id), Description("The id of the company.")]
    public string Company { get; set; } = "";

    [JsonRequired, Description("Its role, e.g. 'battery supplier', 'brand owner'.")]
    public string Role { get; set; } = "";
}

/// <summary>One dated step in a deal's history.</summary>
public sealed class StatusEntry : YamlObject
{
    [JsonRequired, Description("What happened.")]
    public DealStatus Status { get; set; }

    [JsonRequired, Format(ValueFormat.HistoryDate), Description("When: 2023-03-13, 2023-03 or 2023; 'by 2023-03' when the source says only that it had happened by then.")]
    public string Date { get; set; } = "";

    [Description("Who said or did it, and anything a reader should know.")]
    public string? Note { get; set; }

    [JsonRequired, Description("Sources for this step.")]
    public List<Citation> Cites { get; set; } = [];
}

/// <summary>Where and when an agreement was signed.</summary>
public sealed class SigningEntry : YamlObject
{
    [JsonRequired, Format(ValueFormat.PartialDate)]
    public string Date { get; set; } = "";

    [Description("City (and province or country).")]
    public string? Place { get; set; }
}
