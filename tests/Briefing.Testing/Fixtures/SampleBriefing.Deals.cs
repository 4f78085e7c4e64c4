using Briefing.Core.Model;

namespace Briefing.Testing.Fixtures;

public static partial class SampleBriefing
{
    private static IEnumerable<Deal> Deals() =>
    [
        new Deal("baic-catl-2023", "BAIC Group–CATL strategic cooperation agreement", DealKind.StrategicCooperationAgreement,
            [new Party("baic-group", "carmaker"), new Party("catl", "battery supplier")],
            [new StatusStep(DealStatus.Signed, new PartialDate(2023, 3, 13), null, [Cite("baic-group-press-release-2023"), Cite("cnevpost-catl-baic-2023", "paragraph 2")])],
            new Signing(new PartialDate(2023, 3, 13), null), null,
            ["Joint development of power battery products", "CATL joins vehicle development of BAIC's NEV companies"],
            "BAIC Group and CATL agreed to develop power batteries together and to *deepen* a cooperation that goes back to 2010.",
            [Cite("baic-group-press-release-2023"), Cite("cnevpost-catl-baic-2023")], []),
        new Deal("foton-catl-2025", "BAIC Foton–CATL ten-year strategic cooperation agreement", DealKind.StrategicCooperationAgreement,
            [new Party("baic-foton", "commercial vehicle maker"), new Party("catl", "battery supplier")],
            [new StatusStep(DealStatus.Signed, new PartialDate(2025, 2, 8), null, [Cite("smm-foton-catl-2025")])],
            new Signing(new PartialDate(2025, 2, 8), "Ningde, Fujian"), "ten years",
            ["Technology R&D: pure electric, hydrogen fuel and hybrid", "Overseas market expansion", "Aftermarket services and battery leasing"],
            "A ten-year agreement on electrifying commercial vehicles.", [Cite("smm-foton-catl-2025")], ["baic-catl-2023"]),
        new Deal("xiaomi-great-wall-2021", "Xiaomi–Great Wall contract manufacturing talks", DealKind.ContractManufacturingTalks,
            [new Party("xiaomi", "brand owner"), new Party("great-wall", "manufacturer and engineering adviser")],
            [
                new StatusStep(DealStatus.Reported, new PartialDate(2021, 3, 26), "Reuters, citing three people with direct knowledge", [Cite("reuters-xiaomi-great-wall-2021")]),
                new StatusStep(DealStatus.DeclinedToComment, new PartialDate(2021, 3, 26), "Both companies", [Cite("reuters-xiaomi-great-wall-2021"), Cite("republished-xiaomi-great-wall-2021")]),
            ],
            null, null, ["Use of a Great Wall plant in China to build Xiaomi-branded EVs"],
            "Xiaomi was reported to be in talks to build EVs under its own brand in a Great Wall plant.",
            [Cite("reuters-xiaomi-great-wall-2021"), Cite("republished-xiaomi-great-wall-2021")], []),
        new Deal("xiaomi-baic-2022", "Xiaomi–BAIC reported EV talks", DealKind.ReportedTalks,
            // Three parties, and a latest step months after the first: lists must pair "Denied" with its own date.
            [new Party("xiaomi", "brand owner"), new Party("baic-group", "manufacturer"), new Party("baic-bluepark", "possible builder of the vehicles")],
            [
                new StatusStep(DealStatus.Reported, new PartialDate(2022, 8), "Bloomberg", [Cite("cnevpost-catl-baic-2023", "paragraph 8")]),
                new StatusStep(DealStatus.Denied, new PartialDate(2023, 3) { NoLaterThan = true }, "BAIC Group said it had 'not heard of this'; dated by the article that relays it", [Cite("cnevpost-catl-baic-2023", "paragraph 9")]),
            ],
            null, null, [], "Bloomberg reported talks on building EVs at BAIC BluePark; BAIC said it had not heard of them.",
            [Cite("cnevpost-catl-baic-2023")], []),
    ];
}
