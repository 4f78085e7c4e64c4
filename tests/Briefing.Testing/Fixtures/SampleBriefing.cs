using Briefing.Core.Model;

namespace Briefing.Testing.Fixtures;

/// <summary>
/// A small, realistic briefing built in C# from the five articles the example content was first curated
/// from (BAIC–CATL 2023, BAIC Foton–CATL 2025, Xiaomi–Great Wall 2021). It is a fixture, not the example:
/// the site and PDF tests of code read it, so an analyst's edit to content/ never breaks them, and it
/// changes only when a test needs a new case. It holds what the renderers must handle: a two-paragraph
/// summary, Chinese names, parent chains, a deal with a related deal, month-precision and "by" dates,
/// reports of one figure at two times of day, a figure converted by an exchange rate, a fact about no
/// company or deal, and two charts. Split by facet across partial files.
/// </summary>
public static partial class SampleBriefing
{
    /// <summary>The briefing; <paramref name="sections"/> replaces its short list of sections (the PDF tests ask for all).</summary>
    public static BriefingModel Create(Theme? theme = null, IReadOnlyList<SectionKind>? sections = null) => new(
        Info(theme ?? Theme.Default, sections ?? DefaultSections), Sources(), Companies(), Deals(), Facts(), Events(), Charts());

    internal static Citation Cite(string source, string? at = null) => new(source, at);

    private static readonly SectionKind[] DefaultSections =
        [SectionKind.Cover, SectionKind.ExecutiveSummary, SectionKind.KeyFigures, SectionKind.Deals, SectionKind.Sources];

    private static BriefingInfo Info(Theme theme, IReadOnlyList<SectionKind> sections) => new(
        "Batteries, brands and borrowed factories",
        "How BAIC, CATL, Xiaomi and Great Wall pair up in China's NEV shift",
        new PartialDate(2025, 3),
        "Briefing Research",
        ["A. Analyst"],
        "en",
        "Three arrangements show how Chinese carmakers and battery makers share the work of electrification. "
        + "**BAIC Group** signed a strategic agreement with **CATL** in March 2023; **BAIC Foton** followed with a "
        + "ten-year agreement in February 2025. In 2021, **Xiaomi** was reported to be in talks to build EVs in a "
        + "[Great Wall](https://www.gwm-global.com/) plant.\n\n"
        + "Each arrangement splits the work differently: a supplier that co-develops, a supplier that leases, "
        + "and a carmaker that may build for a newcomer.",
        [
            new Point("BAIC's NEV arm grew fast from a small base: BJEV sales nearly doubled in 2022.", ["bjev-sales-2022", "bjev-sales-growth-2022"]),
            new Point("Markets priced in the Xiaomi–Great Wall talks within hours.", ["xiaomi-share-early", "xiaomi-share-afternoon"]),
            new Point("CATL ties itself to BAIC's passenger and commercial arms alike.", ["catl-baic-cooperation-since-2010", "foton-overseas-target"]),
        ],
        ["bjev-sales-2022", "bluepark-raise", "xiaomi-share-afternoon", "foton-overseas-target"],
        [new Point("Hydrogen and overseas policy barriers may slow the Foton–CATL plans.", ["foton-overseas-target"])],
        [new Point("Expect more carmaker–battery maker agreements of this kind.", ["catl-baic-cooperation-since-2010"])],
        "Facts are taken from the cited articles and restated in our own words. Where sources differ, both are shown.",
        theme,
        sections);

    private static IEnumerable<Chart> Charts() =>
    [
        new Chart("bjev-annual-sales", "BJEV annual sales", "BJEV sold 26,127 vehicles in 2021 and 50,179 in 2022.", ChartKind.Bar,
            [new ChartBar("bjev-sales-2021", "2021"), new ChartBar("bjev-sales-2022", "2022")]),
        new Chart("share-moves-2021-03-26", "Share-price moves on 26 March 2021",
            "Xiaomi and Great Wall shares rose after the Reuters report; early-trading and afternoon reports differ.", ChartKind.HorizontalBar,
            [
                new ChartBar("xiaomi-share-early", "Xiaomi, early trading"),
                new ChartBar("xiaomi-share-afternoon", "Xiaomi, afternoon"),
                new ChartBar("great-wall-hk-early", "Great Wall (Hong Kong), early trading"),
                new ChartBar("great-wall-hk-afternoon", "Great Wall (Hong Kong), afternoon"),
            ]),
    ];
}
