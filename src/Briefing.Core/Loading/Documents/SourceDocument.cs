using Briefing.Core.Model;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Briefing.Core.Loading.Documents;

/// <summary>One article or document the briefing draws on: <c>sources/&lt;id&gt;.yaml</c>.</summary>
public sealed class SourceDocument : YamlObject
{
    [JsonRequired, Format(ValueFormat.Id), Description("Stable id that facts cite.")]
    public string Id { get; set; } = "";

    [JsonRequired, Description("The headline or title, in our own words if the original has none.")]
    public string Title { get; set; } = "";

    [Description("Who published it. Leave out when unknown: never guess.")]
    public string? Publisher { get; set; }

    [Description("Bylines, when the source names them.")]
    public List<string>? Authors { get; set; }

    [JsonRequired, Format(ValueFormat.PartialDate), Description("Publication date: 2023-03-14, 2023-03 or 2023.")]
    public string Published { get; set; } = "";

    [Description("Present when the publication date is inferred rather than printed: say why.")]
    public string? PublishedInferred { get; set; }

    [Format(ValueFormat.Url), Description("Where the source can be read, when known.")]
    public string? Url { get; set; }

    [JsonRequired, Format(ValueFormat.Language), Description("Language of the text we read, e.g. en.")]
    public string Language { get; set; } = "";

    [JsonRequired, Description("What kind of document this is.")]
    public SourceKind Kind { get; set; }

    [Description("The report this one republishes or translates, in words, e.g. 'Reuters report of 2021-03-26'.")]
    public string? BasedOn { get; set; }

    [Description("File name of the stored plain-text copy of this source in the archive (briefing.yaml's archive).")]
    public string? StoredCopy { get; set; }

    [Format(ValueFormat.Markdown), Description("Caveats for readers, e.g. a machine translation's slips.")]
    public string? Notes { get; set; }
}
