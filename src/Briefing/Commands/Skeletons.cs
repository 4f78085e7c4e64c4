using Briefing.Core.Loading;
using Briefing.Core.Validation.Rules;

namespace Briefing.Commands;

/// <summary>
/// The files `new` writes: valid as written (so `check` passes straight away), with a
/// comment on every field saying what belongs there. Every placeholder text starts with
/// "TODO", and every date is <see cref="NoPlaceholderIsLeft.PlaceholderDate"/>, never today's (which would
/// read as a checked fact), so a skeleton left unfilled is flagged (BRF042) rather than published. References
/// point at real ids of the current content so they resolve; the comments say to replace them.
/// </summary>
internal static class Skeletons
{
    public static readonly IReadOnlyList<string> Kinds = ["source", "company", "deal", "fact", "event", "chart"];

    private const string Date = NoPlaceholderIsLeft.PlaceholderDate;

    /// <summary>
    /// The skeleton text for a kind, or null when it needs a source, company or figure the content
    /// lacks. A new entity cites the most recently published source, the one most likely
    /// being worked on; a new chart shows the first fact that has a figure.
    /// </summary>
    public static string? For(string kind, string id, ContentSet content)
    {
        // ISO dates sort as text, and a year or month sorts before the full dates within it.
        var source = content.Sources.Where(s => s.Id.Length > 0)
            .OrderByDescending(s => s.Published, StringComparer.Ordinal)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        var company = content.Companies.Where(c => c.Id.Length > 0).MinBy(c => c.Id, StringComparer.Ordinal)?.Id;
        var figure = content.Facts.Where(f => f.Id.Length > 0 && f.Figure is not null).MinBy(f => f.Id, StringComparer.Ordinal)?.Id;
        return kind switch
        {
            "source" => Source(id),
            "company" when source is not null => Company(id, source.Id),
            "deal" when source is not null && company is not null => Deal(id, source.Id, company),
            "fact" when source is not null && company is not null => Fact(id, source.Id, company),
            "event" when source is not null => Event(id, source.Id),
            "chart" when figure is not null => Chart(id, figure),
            _ => null,
        };
    }

    private static string Source(string id) => $$"""
        # yaml-language-server: $schema=../schemas/source.schema.json
        id: {{id}}                     # stable id that facts cite; keep it equal to the file name
        title: "TODO: the article's title, in its language"   # the headline, or a short title in our own words
        # publisher: Reuters          # who published it; leave out when unknown, never guess
        # authors: [Julie Zhu]        # bylines, when the source names them
        published: {{Date}}         # placeholder: the date the source gives, YYYY-MM-DD, or YYYY-MM / YYYY when that is all you know
        # publishedInferred: why      # add when the date is inferred rather than printed, and say why
        # url: https://example.com/article   # where it can be read, when known
        language: en                  # language of the text we read
        kind: news-report             # press-release, news-report, research-note, republication or machine-translation
        # basedOn: Reuters report of 2021-03-26   # the report this one republishes or translates
        # notes: A translation's slips, e.g. "EV EVOs" for "Ora EVs".
        """;

    private static string Company(string id, string source) => $$"""
        # yaml-language-server: $schema=../schemas/company.schema.json
        id: {{id}}                     # stable id that deals and facts refer to; equal to the file name
        name: "TODO: the company's name"   # the name readers know it by
        # chineseName: 公司            # the name in Chinese characters, when known
        # aliases: [Other name]       # other names and spellings the sources use
        roles: [automaker]            # automaker, commercial-vehicle-maker, battery-maker, technology-company, research-firm, news-organisation, holding, other
        # headquarters: Beijing, China
        # parent:                     # the parent company, only as a source states it
        #   company: other-company-id
        #   cites:
        #     - source: {{source}}
        description: "TODO: one or two sentences in our own words."   # Markdown
        cites:                        # sources for the description
          - source: {{source}}          # replace with the source that says this
        # people:
        #   - name: Zeng Yuqun
        #     role: chairman
        #     cites:
        #       - source: {{source}}
        """;

    private static string Deal(string id, string source, string company) => $$"""
        # yaml-language-server: $schema=../schemas/deal.schema.json
        id: {{id}}                     # stable id; equal to the file name
        title: "TODO: a short title, e.g. Company A–Company B agreement"
        kind: strategic-cooperation-agreement  # memorandum, contract-manufacturing-talks, contract-manufacturing, joint-venture, reported-talks, long-term-cooperation
        parties:                      # each company (by id) and its role in the deal
          - company: {{company}}        # replace with the parties' company ids
            role: "TODO: the party's role, e.g. partner"
        status:                       # what happened, oldest first, each step dated and cited
          - status: reported          # reported, planned, announced, signed, established, ongoing, denied, declined-to-comment
            date: {{Date}}        # placeholder: the date the source gives, no more precise than it
            cites:
              - source: {{source}}
        # signed: {date: 2023-03-13, place: "Ningde, Fujian"}
        # term: ten years
        # scope: [technology R&D, overseas markets]
        summary: "TODO: what the deal is, in our own words."   # Markdown
        cites:                        # sources for the summary and scope
          - source: {{source}}
        # related: [other-deal-id]
        """;

    private static string Fact(string id, string source, string company) => $$"""
        # yaml-language-server: $schema=../schemas/fact.schema.json
        id: {{id}}                     # stable id; the site links it as #fact-{{id}}
        statement: "TODO: what the source says, in our own words."   # Markdown; numbers exactly as printed
        # figure:                     # when the fact is a number
        #   metric: vehicle sales     # what is measured
        #   subject: {{company}}        # the company measured (or market: words)
        #   value: 50179              # as printed, without thousands separators
        #   unit: vehicles            # vehicles, units, percent, percentage-points, targets, CNY, USD, CNY/USD…
        #   period: "2022"            # or asOf: 2021-03-26 (and timeOfDay: afternoon)
        #   qualifier: more-than      # about, more-than, as-much-as, up-to, at-least, no-more-than, over
        cites:                        # at least one source, with the paragraph
          - source: {{source}}
            at: "TODO: where in the source, e.g. paragraph 1"
        about: [{{company}}]            # companies the fact is about
        # deals: [deal-id]
        """;

    private static string Event(string id, string source) => $$"""
        # yaml-language-server: $schema=../schemas/event.schema.json
        id: {{id}}                     # stable id; equal to the file name
        date: {{Date}}              # placeholder: YYYY-MM-DD, YYYY-MM or YYYY, no more precise than the source
        title: "TODO: what happened, in a short line"
        # description: More detail in our own words (Markdown).
        # deals: [deal-id]
        # companies: [company-id]
        # facts: [fact-id]
        cites:
          - source: {{source}}          # replace with the source that reports it
        """;

    private static string Chart(string id, string fact) => $$"""
        # yaml-language-server: $schema=../schemas/chart.schema.json
        id: {{id}}                     # stable id; equal to the file name
        title: "TODO: what the chart shows, e.g. BJEV sales, 2021 and 2022"
        description: "TODO: the chart in one sentence, for screen readers and the caption"
        # kind: bar                   # bar (vertical) or horizontal-bar
        bars:                         # one bar per figure, in order; all in one unit
          - fact: {{fact}}              # replace with the fact ids of the figures to show
            label: "TODO: the bar's label, e.g. 2022"
        """;
}
