using Briefing.Core.Model;

namespace Briefing.Testing.Fixtures;

public static partial class SampleBriefing
{
    private static IEnumerable<Fact> Facts() =>
    [
        Figure("bjev-sales-2022", "BJEV sold 50,179 vehicles in 2022.", "vehicle sales", "bjev", 50179m, "vehicles",
            period: "2022", cite: "cnevpost-catl-baic-2023", at: ["paragraph 7"], deals: ["baic-catl-2023"]),
        Figure("bjev-sales-2021", "BJEV sold 26,127 vehicles in 2021.", "vehicle sales", "bjev", 26127m, "vehicles",
            period: "2021", cite: "cnevpost-catl-baic-2023", at: ["paragraph 7"]),
        Figure("bjev-sales-growth-2022", "BJEV's 2022 sales were 92.06% higher than in 2021.", "vehicle sales growth", "bjev", 92.06m, "percent",
            period: "2022", cite: "cnevpost-catl-baic-2023", at: ["paragraph 7"], growth: new Growth("bjev-sales-2021", "bjev-sales-2022")),
        Figure("bjev-sales-jan-feb-2023", "BJEV sold 4,812 vehicles in January and February 2023.", "vehicle sales", "bjev", 4812m, "vehicles",
            period: "2023-01/2023-02", cite: "cnevpost-catl-baic-2023", at: ["paragraph 7"]),
        Figure("bluepark-raise", "BAIC BluePark plans to raise up to CNY 8 billion by selling new shares.", "planned share offering", "baic-bluepark", 8m, "CNY",
            scale: Scale.Billion, qualifier: Qualifier.UpTo, asOf: new PartialDate(2022, 7, 15), cite: "cnevpost-catl-baic-2023", at: ["paragraph 10", "paragraph 11"]),
        Figure("bluepark-raise-usd", "That is about USD 1.16 billion.", "planned share offering", "baic-bluepark", 1.16m, "USD",
            scale: Scale.Billion, qualifier: Qualifier.UpTo, asOf: new PartialDate(2022, 7, 15), cite: "cnevpost-catl-baic-2023", at: ["paragraph 10"],
            conversion: new Conversion("bluepark-raise", "cny-usd-rate")),
        Figure("cny-usd-rate", "The article converts at CNY 6.8715 per USD.", "exchange rate", null, 6.8715m, "CNY/USD",
            market: "CNY/USD", cite: "cnevpost-catl-baic-2023", at: ["paragraph 10"]),
        Figure("xiaomi-share-early", "Xiaomi's shares rose as much as 6.71% in early trading after the report.", "share price change", "xiaomi", 6.71m, "percent",
            qualifier: Qualifier.AsMuchAs, asOf: new PartialDate(2021, 3, 26), time: "early trading", cite: "republished-xiaomi-great-wall-2021", at: ["paragraph 3"], deals: ["xiaomi-great-wall-2021"]),
        Figure("xiaomi-share-afternoon", "Xiaomi's shares were up more than 9% in the afternoon.", "share price change", "xiaomi", 9m, "percent",
            qualifier: Qualifier.MoreThan, asOf: new PartialDate(2021, 3, 26), time: "afternoon", cite: "reuters-xiaomi-great-wall-2021", at: ["paragraph 5"], deals: ["xiaomi-great-wall-2021"]),
        Figure("great-wall-hk-early", "Great Wall's Hong Kong shares rose more than 8% in early trading.", "share price change", "great-wall", 8m, "percent",
            segment: "Hong Kong shares", qualifier: Qualifier.MoreThan, asOf: new PartialDate(2021, 3, 26), time: "early trading", cite: "republished-xiaomi-great-wall-2021", at: ["paragraph 3"], deals: ["xiaomi-great-wall-2021"]),
        Figure("great-wall-hk-afternoon", "Great Wall's Hong Kong shares rose more than 15% in the afternoon.", "share price change", "great-wall", 15m, "percent",
            segment: "Hong Kong shares", qualifier: Qualifier.MoreThan, asOf: new PartialDate(2021, 3, 26), time: "afternoon", cite: "reuters-xiaomi-great-wall-2021", at: ["paragraph 5"], deals: ["xiaomi-great-wall-2021"]),
        Figure("great-wall-sh-early", "Great Wall's Shanghai shares rose more than 7% in early trading.", "share price change", "great-wall", 7m, "percent",
            segment: "Shanghai shares", qualifier: Qualifier.MoreThan, asOf: new PartialDate(2021, 3, 26), time: "early trading", cite: "republished-xiaomi-great-wall-2021", at: ["paragraph 3"], deals: ["xiaomi-great-wall-2021"]),
        Figure("great-wall-sh-afternoon", "Great Wall's Shanghai shares were up 10% in the afternoon.", "share price change", "great-wall", 10m, "percent",
            segment: "Shanghai shares", asOf: new PartialDate(2021, 3, 26), time: "afternoon", cite: "reuters-xiaomi-great-wall-2021", at: ["paragraph 5"], deals: ["xiaomi-great-wall-2021"]),
        Figure("great-wall-sales-2020", "Great Wall sold 1.11 million vehicles in 2020.", "vehicle sales", "great-wall", 1.11m, "vehicles",
            scale: Scale.Million, period: "2020", cite: "republished-xiaomi-great-wall-2021", at: ["paragraph 9"]),
        Figure("foton-overseas-target", "Foton aims to sell 300,000 vehicles abroad by 2030.", "overseas sales target", "baic-foton", 300000m, "vehicles",
            period: "2030", cite: "smm-foton-catl-2025", at: ["paragraph 4"], deals: ["foton-catl-2025"]),
        new Fact("catl-baic-cooperation-since-2010", "BAIC and CATL have worked together since **2010**.", null,
            [Cite("baic-group-press-release-2023", "paragraph 6")], ["baic-group", "catl"], ["baic-catl-2023"]),
        new Fact("baic-denied-xiaomi-talks", "BAIC Group said it had \"not heard of\" talks with Xiaomi.", null,
            [Cite("cnevpost-catl-baic-2023")], ["baic-group", "xiaomi"], ["xiaomi-baic-2022"]),
        // About no company and no deal: no profile lists it, so the PDF must still print it somewhere.
        new Fact("china-nev-industry-leads", "China's new-energy vehicle industry leads the world in scale.", null,
            [Cite("smm-foton-catl-2025", "paragraph 1")], [], []),
    ];

    private static Fact Figure(
        string id, string statement, string metric, string? subject, decimal value, string unit,
        string cite, IReadOnlyList<string> at, Scale? scale = null, Qualifier qualifier = Qualifier.Exact, string? period = null, PartialDate? asOf = null,
        string? time = null, string? segment = null, string? market = null, Growth? growth = null, Conversion? conversion = null,
        IReadOnlyList<string>? deals = null) =>
        new(id, statement,
            new Figure(metric, subject, market, segment, value, scale, unit, qualifier, Period.TryParse(period), asOf, time, growth, conversion),
            [.. at.Select(paragraph => Cite(cite, paragraph))], subject is null ? [] : [subject], deals ?? []);
}
