using Briefing.Core.Model;

namespace Briefing.Testing.Fixtures;

public static partial class SampleBriefing
{
    private static IEnumerable<TimelineEvent> Events() =>
    [
        new TimelineEvent("baic-catl-cooperation-begins", new PartialDate(2010), "BAIC and CATL begin working together", null,
            ["baic-catl-2023"], ["baic-group", "catl"], ["catl-baic-cooperation-since-2010"], [Cite("baic-group-press-release-2023", "paragraph 6")]),
        new TimelineEvent("reuters-reports-xiaomi-great-wall", new PartialDate(2021, 3, 26), "Reuters reports Xiaomi–Great Wall talks",
            "Shares of both companies rise; the companies decline to comment.", ["xiaomi-great-wall-2021"], ["xiaomi", "great-wall"],
            ["xiaomi-share-early", "xiaomi-share-afternoon"], [Cite("reuters-xiaomi-great-wall-2021")]),
        new TimelineEvent("bluepark-share-offering", new PartialDate(2022, 7, 15), "BAIC BluePark announces a share offering of up to CNY 8 billion",
            null, [], ["baic-bluepark"], ["bluepark-raise"], [Cite("cnevpost-catl-baic-2023")]),
        new TimelineEvent("bloomberg-reports-xiaomi-baic", new PartialDate(2022, 8), "Bloomberg reports Xiaomi–BAIC talks", null,
            ["xiaomi-baic-2022"], ["xiaomi", "baic-group"], [], [Cite("cnevpost-catl-baic-2023", "paragraph 8")]),
        new TimelineEvent("baic-catl-signing", new PartialDate(2023, 3, 13), "BAIC Group and CATL sign a strategic cooperation agreement",
            null, ["baic-catl-2023"], [], [], [Cite("baic-group-press-release-2023")]),
        new TimelineEvent("foton-catl-signing", new PartialDate(2025, 2, 8), "BAIC Foton and CATL sign a ten-year agreement in Ningde",
            null, ["foton-catl-2025"], [], [], [Cite("smm-foton-catl-2025")]),
    ];
}
