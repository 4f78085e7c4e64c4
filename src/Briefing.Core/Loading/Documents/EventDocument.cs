using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Briefing.Core.Loading.Documents;

/// <summary>A dated moment on the timeline: <c>events/&lt;id&gt;.yaml</c>.</summary>
public sealed class EventDocument : YamlObject
{
    [JsonRequired, Format(ValueFormat.Id)]
    public string Id { get; set; } = "";

    [JsonRequired, Format(ValueFormat.HistoryDate), Description("When: 2023-03-13, 2023-03 or 2023, no more precise than the source; 'by 2023-03' when the source says only that it had happened by then.")]
    public string Date { get; set; } = "";

    [JsonRequired, Description("What happened, in a short line.")]
    public string Title { get; set; } = "";

    [Format(ValueFormat.Markdown), Description("More detail, in our own words.")]
    public string? Description { get; set; }

    [Description("Ids of the deals the event concerns.")]
    public List<string>? Deals { get; set; }

    [Description("Ids of the companies the event concerns.")]
    public List<string>? Companies { get; set; }

    [Description("Ids of the facts the event concerns.")]
    public List<string>? Facts { get; set; }

    [JsonRequired, Description("Sources for the event.")]
    public List<Citation> Cites { get; set; } = [];
}
