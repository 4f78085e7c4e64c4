using Briefing.Core.Model;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Briefing.Core.Loading.Documents;

/// <summary>
/// One thing a source says, in our own words: <c>facts/&lt;id&gt;.yaml</c>. When the fact is a
/// number, <see cref="Figure"/> holds it typed, exactly as the source gives it.
/// </summary>
public sealed class FactDocument : YamlObject
{
    [JsonRequired, Format(ValueFormat.Id), Description("Stable id; the site links it as #fact-<id>.")]
    public string Id { get; set; } = "";

    [JsonRequired, Format(ValueFormat.Markdown), Description("The statement, in our own words.")]
    public string Statement { get; set; } = "";

    [Description("The number, when the fact is a figure.")]
    public FigureEntry? Figure { get; set; }

    [JsonRequired, Description("The sources that state it (at least one).")]
    public List<Citation> Cites { get; set; } = [];

    [Description("Ids of the companies the fact is about.")]
    public List<string>? About { get; set; }

    [Description("Ids of the deals the fact concerns.")]
    public List<string>? Deals { get; set; }
}

/// <summary>A typed figure: metric, subject, value, unit, time and qualifier.</summary>
public sealed class FigureEntry : YamlObject
{
    [JsonRequired, Description("What is measured, e.g. 'vehicle sales', 'share price change'.")]
    public string Metric { get; set; } = "";

    [Format(ValueFormat.Id), Description("The company measured (an id). Give this or market.")]
    public string? Subject { get; set; }

    [Description("The market measured, in words, when it is not one company. Give this or subject.")]
    public string? Market { get; set; }

    [Description("A part of the subject, e.g. 'Hong Kong shares'.")]
    public string? Segment { get; set; }

    [JsonRequired, Description("The number as the source gives it, without thousands separators: 50179, 92.06, 1.16.")]
    public decimal Value { get; set; }

    [Description("The word the source scales the number by, if any.")]
    public Scale? Scale { get; set; }

    [JsonRequired, Description("vehicles, units, percent, percentage-points, targets, a currency code (CNY, USD) or a rate (CNY/USD).")]
    public string Unit { get; set; } = "";

    [Description("How the source qualifies the number; exact when left out.")]
    public Qualifier? Qualifier { get; set; }

    [Format(ValueFormat.Period), Description("The period measured: 2022, 2023-01/2023-02.")]
    public string? Period { get; set; }

    [Format(ValueFormat.PartialDate), Description("The date the value holds at, for point-in-time figures.")]
    public string? AsOf { get; set; }

    [Description("Time of day the value was reported at, e.g. 'early trading', 'afternoon'.")]
    public string? TimeOfDay { get; set; }

    [Description("For a growth rate in percent: the two figures it relates, by fact id.")]
    public GrowthEntry? GrowthOf { get; set; }

    [Description("For a currency conversion: the amount converted and the rate used, by fact id.")]
    public ConversionEntry? ConvertedFrom { get; set; }
}

/// <summary>The two figures a stated growth rate relates.</summary>
public sealed class GrowthEntry : YamlObject
{
    [JsonRequired, Format(ValueFormat.Id), Description("The earlier figure's fact id.")]
    public string From { get; set; } = "";

    [JsonRequired, Format(ValueFormat.Id), Description("The later figure's fact id.")]
    public string To { get; set; } = "";
}

/// <summary>The amount and exchange rate a stated conversion uses.</summary>
public sealed class ConversionEntry : YamlObject
{
    [JsonRequired, Format(ValueFormat.Id), Description("The fact id of the amount in the original currency.")]
    public string Amount { get; set; } = "";

    [JsonRequired, Format(ValueFormat.Id), Description("The fact id of the exchange rate, with a unit such as CNY/USD.")]
    public string Rate { get; set; } = "";
}
