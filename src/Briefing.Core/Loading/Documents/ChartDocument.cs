using Briefing.Core.Model;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Briefing.Core.Loading.Documents;

/// <summary>A chart drawn from figures, the same in the site and the PDF: <c>charts/&lt;id&gt;.yaml</c>.</summary>
public sealed class ChartDocument : YamlObject
{
    [JsonRequired, Format(ValueFormat.Id)]
    public string Id { get; set; } = "";

    [JsonRequired, Description("The chart's title.")]
    public string Title { get; set; } = "";

    [JsonRequired, Description("What the chart shows, in a sentence, for screen readers and captions.")]
    public string Description { get; set; } = "";

    [Description("How to draw it; bar when left out.")]
    public ChartKind? Kind { get; set; }

    [JsonRequired, Description("One bar per figure, in order; all must share a unit.")]
    public List<ChartBarEntry> Bars { get; set; } = [];
}

/// <summary>One bar: a figure and its label.</summary>
public sealed class ChartBarEntry : YamlObject
{
    [JsonRequired, Format(ValueFormat.Id), Description("The fact id of a figure.")]
    public string Fact { get; set; } = "";

    [JsonRequired, Description("The bar's label, e.g. '2022' or 'Xiaomi, early trading'.")]
    public string Label { get; set; } = "";
}
