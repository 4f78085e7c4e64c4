using Briefing.Core;
using Briefing.Core.Diagnostics;

namespace Briefing.Core.Tests.Support;

/// <summary>
/// A small valid content folder on disk that each test bends one way: replace or add a file,
/// load it, and look at the diagnostics. Starting valid means a failing test names one rule.
/// </summary>
internal sealed class ContentFixture : IDisposable
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal)
    {
        ["briefing.yaml"] = """
            title: Test briefing
            edition: 2026-11-22
            publisher: Test House
            authors: [A. Analyst]
            executiveSummary: Summary.
            takeaways:
              - text: Sales grew.
                facts: [sales-2022]
            keyFigures: [sales-2022]
            risks:
              - text: Risky.
                facts: [growth-2022]
            outlook:
              - text: Bright.
                facts: [sales-2021]
            sections: [cover, contents, key-figures, deals]
            """,
        ["sources/release.yaml"] = """
            id: release
            title: A press release
            publisher: Maker Co
            published: 2023-03-13
            language: en
            kind: press-release
            """,
        ["sources/report.yaml"] = """
            id: report
            title: A news report
            published: 2023-03
            publishedInferred: The article mentions March events.
            language: en
            kind: news-report
            """,
        ["companies/maker.yaml"] = """
            id: maker
            name: Maker Co
            roles: [automaker]
            people:
              - name: Li Ming
                role: chairman
                cites: [{source: release}]
            """,
        ["companies/cells.yaml"] = """
            id: cells
            name: Cells Ltd
            roles: [battery-maker]
            parent:
              company: maker
              cites: [{source: report}]
            """,
        ["deals/maker-cells.yaml"] = """
            id: maker-cells
            title: Maker–Cells agreement
            kind: strategic-cooperation-agreement
            parties:
              - {company: maker, role: automaker}
              - {company: cells, role: battery supplier}
            status:
              - {status: signed, date: 2023-03-13, cites: [{source: release}]}
            signed: {date: 2023-03-13, place: Beijing}
            summary: They agreed.
            cites: [{source: release}]
            """,
        ["facts/sales-2021.yaml"] = """
            id: sales-2021
            statement: Maker sold 26,127 vehicles in 2021.
            figure: {metric: vehicle sales, subject: maker, value: 26127, unit: vehicles, period: "2021"}
            cites: [{source: report, at: paragraph 6}]
            """,
        ["facts/sales-2022.yaml"] = """
            id: sales-2022
            statement: Maker sold 50,179 vehicles in 2022.
            figure: {metric: vehicle sales, subject: maker, value: 50179, unit: vehicles, period: "2022"}
            cites: [{source: report, at: paragraph 6}]
            """,
        ["facts/growth-2022.yaml"] = """
            id: growth-2022
            statement: Sales grew 92.06 percent.
            figure:
              metric: vehicle sales growth
              subject: maker
              value: 92.06
              unit: percent
              period: "2022"
              growthOf: {from: sales-2021, to: sales-2022}
            cites: [{source: report}]
            """,
        ["events/signing.yaml"] = """
            id: signing
            date: 2023-03-13
            title: Agreement signed
            deals: [maker-cells]
            facts: [sales-2022]
            cites: [{source: release}]
            """,
        ["charts/sales.yaml"] = """
            id: sales
            title: Sales
            description: Sales in 2021 and 2022.
            bars:
              - {fact: sales-2021, label: "2021"}
              - {fact: sales-2022, label: "2022"}
            """,
    };

    public ContentFixture() => Directory = System.IO.Directory.CreateTempSubdirectory("briefing-test-").FullName;

    public string Directory { get; }

    /// <summary>Adds or replaces a file (path relative to the content folder).</summary>
    public ContentFixture With(string path, string yaml)
    {
        _files[path] = yaml;
        return this;
    }

    /// <summary>Reads a file of the fixture as it stands (to bend it with a replace).</summary>
    public string Text(string path) => _files[path];

    public ContentFixture Without(string path)
    {
        _files.Remove(path);
        return this;
    }

    public LoadOutcome Load()
    {
        foreach (var (path, text) in _files)
        {
            var full = Path.Combine(Directory, path);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return BriefingContent.Load(Directory);
    }

    /// <summary>Loads and returns the diagnostics of one code.</summary>
    public IReadOnlyList<Diagnostic> Codes(string code) => [.. Load().Diagnostics.Where(d => d.Code == code)];

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
