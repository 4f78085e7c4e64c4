using Briefing.Core.Model;

namespace Briefing.Pdf.Tests.Support;

/// <summary>A small hand-made briefing whose every date precision and edge is known to the test.</summary>
internal static class TestModels
{
    public static readonly SectionKind[] AllSections =
    [
        SectionKind.Cover, SectionKind.Contents, SectionKind.ExecutiveSummary, SectionKind.KeyFigures, SectionKind.Deals,
        SectionKind.Timeline, SectionKind.Companies, SectionKind.RisksAndOutlook, SectionKind.Sources, SectionKind.Method,
    ];

    public static BriefingModel Small(string executiveSummary = "Acme and *Beta* agreed. See [the site](https://example.com/acme).")
    {
        var info = new BriefingInfo(
            "Test briefing", "A subtitle", new PartialDate(2024, 5, 2), "Test Research", ["Ann Analyst", "Bo Writer"], "en",
            executiveSummary,
            [new Point("Acme signed with Beta.", ["acme-beta-signed"])],
            ["acme-shares-early", "acme-sales-2023"],
            [new Point("**Risk.** Talks may fail.", ["acme-shares-afternoon"])],
            [new Point("Growth ahead.", ["acme-sales-2023"])],
            "**Method.** Facts as printed.",
            Theme.Default,
            AllSections);
        Source[] sources =
        [
            new("wire", "Wire report on Acme", null, [], new PartialDate(2023, 8), "No date is printed; the events date it to August 2023.", "https://example.com/wire", "en", SourceKind.NewsReport, null, "Notes on *the* wire."),
            new("release", "Acme press release", "Acme Corp", ["Press Office"], new PartialDate(2023, 9, 14), null, "javascript:alert(1)", "en", SourceKind.PressRelease, null, null),
        ];
        Company[] companies =
        [
            new("acme", "Acme", "阿克米", ["Acme Corp"], null, [], "Springfield", [CompanyRole.Automaker], "Maker of things.", [new("release")], [new("Ada Boss", "Chair", [new("release")])]),
            new("beta", "Beta Batteries", null, [], "acme", [new("wire")], null, [CompanyRole.BatteryMaker], null, [new("wire")], []),
        ];
        Deal[] deals =
        [
            new("acme-beta", "Acme–Beta supply deal", DealKind.StrategicCooperationAgreement,
                [new("acme", "buyer"), new("beta", "supplier")],
                [new(DealStatus.Reported, new PartialDate(2023, 8), "Talks were reported.", [new("wire")]), new(DealStatus.Signed, new PartialDate(2023, 9, 14), null, [new("release")])],
                new Signing(new PartialDate(2023, 9, 14), "Springfield"), "five years", ["Batteries", "Service"],
                "Acme buys **batteries** from Beta.", [new("release"), new("wire")], []),
        ];
        Fact[] facts =
        [
            new("acme-beta-signed", "Acme and Beta signed on 14 September 2023.", null, [new("release")], ["acme", "beta"], ["acme-beta"]),
            Figure("acme-shares-early", "Acme shares rose 5% early.", 5, Qualifier.AsMuchAs, "early trading", "wire"),
            Figure("acme-shares-afternoon", "Acme shares rose more than 8% by the afternoon.", 8, Qualifier.MoreThan, "afternoon", "release"),
            new("acme-sales-2023", "Acme sold 1,200 units in 2023.", new Figure("vehicle sales", "acme", null, null, 1200, null, "units", Qualifier.Exact, new Period(new PartialDate(2023)), null, null, null, null), [new("release")], ["acme"], []),
        ];
        TimelineEvent[] events =
        [
            new("talks", new PartialDate(2023, 8), "Talks reported", "Reported by the wire.", ["acme-beta"], ["acme"], [], [new("wire")]),
            new("signing", new PartialDate(2023, 9, 14), "Deal signed", null, ["acme-beta"], ["acme", "beta"], [], [new("release")]),
        ];
        return new BriefingModel(info, sources, companies, deals, facts, events, []);
    }

    private static Fact Figure(string id, string statement, decimal value, Qualifier qualifier, string time, string source) =>
        new(id, statement, new Figure("share price change", "acme", null, null, value, null, "percent", qualifier, null, new PartialDate(2023, 9, 14), time, null, null), [new(source)], ["acme"], ["acme-beta"]);
}
