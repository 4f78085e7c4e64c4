using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Briefing.Core.Loading.Documents;

/// <summary>A pointer to where a source says something.</summary>
public sealed class Citation : YamlObject
{
    [JsonRequired, Format(ValueFormat.Id), Description("The id of a source in sources/.")]
    public string Source { get; set; } = "";

    [Description("Where in the source, e.g. 'paragraph 6'.")]
    public string? At { get; set; }
}
