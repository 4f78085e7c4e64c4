using Briefing.Core.Model;

namespace Briefing.Testing.Fixtures;

public static partial class SampleBriefing
{
    private static IEnumerable<Source> Sources() =>
    [
        new Source("reuters-xiaomi-great-wall-2021", "Xiaomi plans to build EVs in Great Wall plant", null,
            ["Julie Zhu", "Yilei Sun"], new PartialDate(2021, 3, 26), null, null, "en", SourceKind.MachineTranslation,
            "Reuters report of 2021-03-26",
            "A machine translation with slips: *smart cabs* means smart cockpits; *EV EVOs* means Ora EVs; "
            + "*largest truck maker* means largest pickup truck maker."),
        new Source("republished-xiaomi-great-wall-2021", "Xiaomi in talks to use Great Wall plant for EVs", null,
            [], new PartialDate(2021, 3, 26), null, "https://example.com/xiaomi-great-wall", "en", SourceKind.Republication,
            "Reuters report of 2021-03-26", null),
        new Source("baic-group-press-release-2023", "BAIC GROUP and CATL established in-depth cooperation", "BAIC Group",
            [], new PartialDate(2023, 3, 13), null, "https://www.baicgroup.com.cn/", "en", SourceKind.PressRelease, null, null),
        new Source("cnevpost-catl-baic-2023", "CATL and BAIC sign strategic cooperation agreement", null,
            [], new PartialDate(2023, 3, 14), "The article says CATL's press release came out 'yesterday', i.e. 13 March 2023.",
            null, "en", SourceKind.NewsReport, null, null),
        new Source("smm-foton-catl-2025", "BAIC Foton and CATL sign ten-year strategic cooperation agreement", "SMM",
            [], new PartialDate(2025, 2), "The note describes the 8 February signing as recent.", null, "en", SourceKind.ResearchNote, null, null),
    ];
}
