using Briefing.Core.Diagnostics;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Validation;

/// <summary>
/// A mistake in an item of a list points at that item, not at the list or its first item: one row per
/// list-valued field of every file kind, in block and inline style, each bending one file of the valid fixture.
/// The '^' in a row's replacement marks where the diagnostic must point; it is removed before the file is written.
/// </summary>
public sealed class ListItemPositionTests
{
    public static TheoryData<string, string, string, string, string> Rows => new()
    {
        // field, file of the fixture, text to replace (empty: append), replacement with '^' before the bad item, expected code
        { "briefing authors", "briefing.yaml", "authors: [A. Analyst]", "authors: [A. Analyst, ^\"TODO: name\"]", DiagnosticCodes.Placeholder },
        { "briefing keyFigures", "briefing.yaml", "keyFigures: [sales-2022]", "keyFigures: [sales-2022, ^sales-2O22]", DiagnosticCodes.UnknownReference },
        { "takeaway facts (block)", "briefing.yaml", "    facts: [sales-2022]", "    facts:\n      - sales-2022\n      - ^sales-202", DiagnosticCodes.UnknownReference },
        { "risk facts", "briefing.yaml", "facts: [growth-2022]", "facts: [growth-2022, ^growht-2022]", DiagnosticCodes.UnknownReference },
        { "outlook facts", "briefing.yaml", "facts: [sales-2021]", "facts: [sales-2021, sales-2022, ^sales-2020]", DiagnosticCodes.UnknownReference },
        { "a takeaway", "briefing.yaml", "    facts: [sales-2022]", "    facts: [sales-2022]\n  - text: Unfounded.\n    facts: ^[]", DiagnosticCodes.PointWithoutFacts },
        { "briefing sections", "briefing.yaml", "key-figures, deals]", "key-figures, ^dealz]", DiagnosticCodes.UnknownValue },
        { "company aliases", "companies/maker.yaml", "", "aliases:\n  - Maker\n  - ^\"TODO: alias\"", DiagnosticCodes.Placeholder },
        { "company roles", "companies/maker.yaml", "roles: [automaker]", "roles: [automaker, ^carmaker]", DiagnosticCodes.UnknownValue },
        { "company cites", "companies/maker.yaml", "", "cites: [{source: release}, {source: ^relase}]", DiagnosticCodes.UnknownReference },
        { "company person cites", "companies/maker.yaml", "cites: [{source: release}]", "cites: [{source: release}, {source: ^repotr}]", DiagnosticCodes.UnknownReference },
        { "deal parties", "deals/maker-cells.yaml", "{company: cells,", "{company: ^cels,", DiagnosticCodes.UnknownReference },
        { "deal status cites", "deals/maker-cells.yaml", "cites: [{source: release}]}", "cites: [{source: release}, {source: ^relese}]}", DiagnosticCodes.UnknownReference },
        { "deal scope", "deals/maker-cells.yaml", "", "scope: [batteries, ^\"TODO: scope\"]", DiagnosticCodes.Placeholder },
        { "deal cites", "deals/maker-cells.yaml", "summary: They agreed.\ncites: [{source: release}]", "summary: They agreed.\ncites:\n  - source: release\n  - source: ^reprot", DiagnosticCodes.UnknownReference },
        { "deal related", "deals/maker-cells.yaml", "", "related: [maker-cells, ^maker-cels]", DiagnosticCodes.UnknownReference },
        { "fact about", "facts/sales-2022.yaml", "", "about: [maker, ^mkaer]", DiagnosticCodes.UnknownReference },
        { "fact deals", "facts/sales-2022.yaml", "", "deals:\n  - maker-cells\n  - ^maker-cell", DiagnosticCodes.UnknownReference },
        { "fact cites", "facts/sales-2022.yaml", "cites: [{source: report, at: paragraph 6}]", "cites: [{source: report, at: paragraph 6}, {source: ^rport}]", DiagnosticCodes.UnknownReference },
        { "event deals", "events/signing.yaml", "deals: [maker-cells]", "deals: [maker-cells, ^makers-cells]", DiagnosticCodes.UnknownReference },
        { "event companies", "events/signing.yaml", "", "companies: [maker, cells, ^celts]", DiagnosticCodes.UnknownReference },
        { "event facts", "events/signing.yaml", "facts: [sales-2022]", "facts:\n  - sales-2021\n  - sales-2022\n  - growth-2022\n  - ^sales-2033", DiagnosticCodes.UnknownReference },
        { "event cites", "events/signing.yaml", "cites: [{source: release}]", "cites: [{source: release}, {source: ^releas}]", DiagnosticCodes.UnknownReference },
        { "source authors", "sources/release.yaml", "", "authors: [Jane Doe, ^\"TODO: byline\"]", DiagnosticCodes.Placeholder },
        { "chart bars", "charts/sales.yaml", "{fact: sales-2022,", "{fact: ^sales-2033,", DiagnosticCodes.UnknownReference },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_bad_list_item_is_reported_at_its_own_line_and_column(string field, string file, string find, string replacement, string code)
    {
        using var fixture = new ContentFixture();
        var original = fixture.Text(file).ReplaceLineEndings("\n");
        Assert.True(find.Length == 0 || original.Contains(find, StringComparison.Ordinal), $"{field}: the fixture has no '{find}'");
        var (yaml, line, column) = Unmark(find.Length == 0 ? original + "\n" + replacement : original.Replace(find, replacement, StringComparison.Ordinal));
        fixture.With(file, yaml);

        var diagnostic = Assert.Single(fixture.Codes(code));

        Assert.True((line, column) == (diagnostic.Span.Line, diagnostic.Span.Column),
            $"{field}: expected {line}:{column}, got {diagnostic.Span.Line}:{diagnostic.Span.Column} ({diagnostic.Message})");
        Assert.EndsWith(file, diagnostic.Span.File.Replace('\\', '/'), StringComparison.Ordinal);
    }

    /// <summary>The YAML without its '^', and the 1-based line and column the '^' stood at.</summary>
    private static (string Yaml, int Line, int Column) Unmark(string marked)
    {
        var text = marked.ReplaceLineEndings("\n");
        var at = text.IndexOf('^', StringComparison.Ordinal);
        Assert.True(at >= 0, "the row marks no item");
        var before = text[..at];
        var line = before.Count(c => c == '\n') + 1;
        var column = at - (before.LastIndexOf('\n') + 1) + 1;
        return (text.Remove(at, 1), line, column);
    }
}
