using System.Text;

namespace Briefing.Tests.Campaign;

/// <summary>
/// The campaign's table: every hostile or clumsy input found so far, from a folder of the wrong
/// kind of file to a number past decimal's range. A new guard is a new row. Each row's action
/// receives the content folder of a fresh copy of the project's content.
/// </summary>
internal static class HostileInputs
{
    private static readonly string[] Check = ["check"];
    private static readonly string[] Build = ["build"];
    private static readonly string[] BuildSite = ["build", "--only", "site"];

    public static IReadOnlyList<HostileInput> All { get; } =
    [
        // Files that are not files.
        new("fifo-named-yaml", Check, 1, "BRF052", c => MakeFifo(Path.Combine(c, "sources", "x.yaml"))),
        new("symlink-to-dev-zero", Check, 1, "BRF052", c => File.CreateSymbolicLink(Path.Combine(c, "sources", "zero.yaml"), "/dev/zero")),
        new("symlink-to-dev-urandom", Build, 1, "BRF052", c => File.CreateSymbolicLink(Path.Combine(c, "facts", "random.yaml"), "/dev/urandom")),
        new("dangling-symlink", Check, 1, "BRF052", c => File.CreateSymbolicLink(Path.Combine(c, "facts", "gone.yaml"), Path.Combine(c, "nowhere.yaml"))),
        new("symlink-loop", Check, 1, "BRF052", c =>
        {
            File.CreateSymbolicLink(Path.Combine(c, "events", "a.yaml"), Path.Combine(c, "events", "b.yaml"));
            File.CreateSymbolicLink(Path.Combine(c, "events", "b.yaml"), Path.Combine(c, "events", "a.yaml"));
        }),
        new("kind-folder-is-a-file", Check, 1, "BRF052", c =>
        {
            Directory.Delete(Path.Combine(c, "charts"), recursive: true);
            File.WriteAllText(Path.Combine(c, "charts"), "not a folder");
        }),
        new("briefing-yaml-is-a-dangling-symlink", Check, 1, "BRF052", c =>
        {
            File.Delete(Path.Combine(c, "briefing.yaml"));
            File.CreateSymbolicLink(Path.Combine(c, "briefing.yaml"), Path.Combine(c, "missing.yaml"));
        }),
        new("file-over-the-size-cap", Check, 1, "BRF002", c => File.WriteAllText(Path.Combine(c, "sources", "big.yaml"), "id: big\nnotes: " + new string('a', 1_100_000))),

        // YAML that means more than it says.
        new("yaml-python-object-tag", Check, 1, "BRF009", c => Edit(c, "sources/baic-catl-news-2023.yaml", "kind:", "publishedInferred: !!python/object:os.system [echo]\nkind:")),
        new("yaml-binary-tag", Check, 1, "BRF009", c => Edit(c, "sources/baic-catl-news-2023.yaml", "kind:", "notes: !!binary aGVsbG8=\nkind:")),
        new("yaml-custom-tag", Check, 1, "BRF009", c => Edit(c, "facts/bjev-sales-2021.yaml", "unit: units", "unit: !units units")),
        new("yaml-anchor-and-alias", Check, 1, "BRF004", c => Edit(c, "facts/bjev-sales-2021.yaml", "unit: units", "unit: &u units\n  segment: *u")),
        new("yaml-merge-key", Check, 1, "BRF004", c => Edit(c, "facts/bjev-sales-2021.yaml", "  unit: units", "  unit: units\n  <<: {segment: x}")),
        new("yaml-nested-too-deep", Check, 1, "BRF003", c => File.WriteAllText(Path.Combine(c, "facts", "deep.yaml"), "id: deep\nx: " + new string('[', 5000) + new string(']', 5000) + "\n")),
        new("yaml-duplicate-key", Check, 1, "BRF005", c => Edit(c, "facts/bjev-sales-2021.yaml", "  unit: units", "  unit: units\n  unit: vehicles")),
        new("yaml-two-documents", Check, 1, "BRF006", c => File.AppendAllText(Path.Combine(c, "facts", "bjev-sales-2021.yaml"), "---\nid: second\n")),
        new("not-utf8", Check, 1, "BRF008", c => File.WriteAllBytes(Path.Combine(c, "facts", "latin1.yaml"), [.. "id: latin1\nstatement: caf"u8, 0xE9, (byte)'\n'])),

        // Numbers past any honest figure, or finer than any source prints.
        new("largest-decimal-with-billion-scale", Check, 1, "BRF015", c => Edit(c, "facts/bjev-sales-2021.yaml", "value: 26127", "value: 79228162514264337593543950335\n  scale: billion")),
        new("largest-decimal-charted", Build, 1, "BRF015", c => Edit(c, "facts/bjev-sales-2021.yaml", "value: 26127", "value: 79228162514264337593543950335")),
        new("minus-largest-decimal-charted", Build, 1, "BRF015", c => Edit(c, "facts/bjev-sales-2021.yaml", "value: 26127", "value: -79228162514264337593543950335")),
        new("smallest-decimal-charted", Build, 1, "BRF015", c => Edit(c, "facts/bjev-sales-2021.yaml", "value: 26127", "value: 0.0000000000000000000000000001")),
        new("below-decimal-precision", Check, 1, "BRF015", c => Edit(c, "facts/bjev-sales-2021.yaml", "value: 26127", "value: 0.00000000000000000000000000001")),
        new("largest-allowed-figures-charted-both-ways", Build, 0, null, c => ExtremeChart(c, "1000000000000000", "-1000000000000000")),
        new("smallest-allowed-figures-charted", Build, 0, null, c => ExtremeChart(c, "0.00000001", "-0.00000001")),

        // Texts repeated in every tooltip and running head.
        new("million-character-source-title", Build, 1, "BRF016", c => Edit(c, "sources/baic-catl-news-2023.yaml", "\ntitle:", $"\ntitle: {new string('T', 1_000_000)}\nx-old-title:", once: true, dropLineWith: "x-old-title:")),
        new("long-briefing-title", Check, 1, "BRF016", c => Edit(c, "briefing.yaml", "\ntitle:", $"\ntitle: {string.Join(' ', Enumerable.Repeat("Batteries", 60))}\nx-old-title:", once: true, dropLineWith: "x-old-title:")),

        // Content that tries to reach outside, or to drive the terminal.
        new("image-from-another-host", BuildSite, 0, "BRF043", c => Edit(c, "facts/bjev-sales-2021.yaml", "BAIC BluePark.", "BAIC BluePark. ![pixel](https:evil.example/p.png) ![p2](https://pct.%65vil.example/p.png)")),
        new("javascript-link-and-raw-html", BuildSite, 0, null, c => Edit(c, "facts/bjev-sales-2021.yaml", "BAIC BluePark.", "BAIC BluePark. [x](javascript:alert(1)) <script>alert(1)</script>")),
        new("terminal-escape-in-file-name", Check, 1, "BRF021", c => File.Copy(
            Path.Combine(c, "facts", "bjev-sales-2021.yaml"), Path.Combine(c, "facts", "\u001b]0;pwned\u0007\u001b[2J.yaml"))),
    ];

    private static void Edit(string content, string file, string find, string replace, bool once = false, string? dropLineWith = null)
    {
        var path = Path.Combine(content, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        text = once ? text[..at] + replace + text[(at + find.Length)..] : text.Replace(find, replace, StringComparison.Ordinal);
        if (dropLineWith is not null)
        {
            text = string.Join('\n', text.Split('\n').Where(l => !l.StartsWith(dropLineWith, StringComparison.Ordinal)));
        }

        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    /// <summary>Two new facts at the given values and a chart of them: the renderers' arithmetic at the edges of what check allows.</summary>
    private static void ExtremeChart(string content, string high, string low)
    {
        foreach (var (id, value, period) in new[] { ("extreme-high", high, "2019"), ("extreme-low", low, "2018") })
        {
            File.WriteAllText(Path.Combine(content, "facts", id + ".yaml"), $"""
                id: {id}
                statement: An extreme test value.
                figure:
                  metric: extreme test
                  subject: bjev
                  value: {value}
                  unit: units
                  period: {period}
                cites:
                  - source: baic-catl-news-2023
                """);
        }

        File.WriteAllText(Path.Combine(content, "charts", "extreme.yaml"), """
            id: extreme
            title: Extremes
            description: The largest and smallest figures check allows.
            kind: bar
            bars:
              - fact: extreme-high
                label: High
              - fact: extreme-low
                label: Low
            """);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
