using Briefing.Commands;
using Briefing.Core.Diagnostics;
using Briefing.Core.Loading;
using Briefing.Core.Loading.Yaml;
using Briefing.Core.Output;

namespace Briefing.Tests;

public sealed class NewAndCleanCommandTests : IDisposable
{
    private readonly string _root = Repository.CopyFixture(Repository.MiniBriefing);

    private string Content => Path.Combine(_root, "content");

    private static readonly string[] Kinds = ["source", "company", "deal", "fact", "event", "chart"];

    [Fact]
    public async Task Every_new_skeleton_passes_check()
    {
        foreach (var kind in Kinds)
        {
            var (exit, output, error) = await CliRunner.Run("new", kind, $"my-{kind}", "--content", Content);
            Assert.True(exit == ExitCodes.Ok, error);
            Assert.Contains($"my-{kind}.yaml", output, StringComparison.Ordinal);
        }

        var check = await CliRunner.Run("check", "--content", Content);

        // An untouched skeleton passes (exit 0) but may be flagged: its only warnings are left placeholders.
        Assert.Equal(ExitCodes.Ok, check.Exit);
        Assert.Contains("check: 0 errors, ", check.Out, StringComparison.Ordinal);
        Assert.All(check.Out.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal)),
            line => Assert.Contains("BRF042", line, StringComparison.Ordinal));
        Assert.Contains("deals/my-deal.yaml", string.Join('\n', Directory.EnumerateFiles(Content, "*", SearchOption.AllDirectories)).Replace('\\', '/'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_refuses_to_overwrite_and_rejects_bad_ids()
    {
        var existing = Path.Combine(Content, "sources");
        var first = Directory.EnumerateFiles(existing).Order(StringComparer.Ordinal).First();
        var before = await File.ReadAllTextAsync(first);

        var overwrite = await CliRunner.Run("new", "source", Path.GetFileNameWithoutExtension(first), "--content", Content);
        var badId = await CliRunner.Run("new", "fact", "Bad_Id", "--content", Content);
        var badKind = await CliRunner.Run("new", "planet", "x", "--content", Content);

        Assert.Equal(ExitCodes.Usage, overwrite.Exit);
        Assert.Contains("already exists", overwrite.Err, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(first));
        Assert.Equal(ExitCodes.Usage, badId.Exit);
        Assert.Equal(ExitCodes.Usage, badKind.Exit);
    }

    [Fact]
    public async Task Clean_removes_generated_folders_and_nothing_else()
    {
        var output = Path.Combine(_root, "output");
        Directory.CreateDirectory(Path.Combine(output, "site"));
        await File.WriteAllTextAsync(Path.Combine(output, OutputWriter.MarkerFileName), OutputWriter.MarkerText);
        Directory.CreateDirectory(Path.Combine(_root, ".output-new"));
        var keep = Path.Combine(_root, "notes.txt");
        await File.WriteAllTextAsync(keep, "mine");

        var (exit, _, _) = await CliRunner.Run("clean", "--out", output, "--content", Content);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.False(Directory.Exists(output));
        Assert.False(Directory.Exists(Path.Combine(_root, ".output-new")));
        Assert.True(File.Exists(keep));
        Assert.True(Directory.Exists(Content));
    }

    [Fact]
    public async Task Every_placeholder_text_of_a_skeleton_starts_with_todo()
    {
        foreach (var kind in Kinds)
        {
            await CliRunner.Run("new", kind, $"my-{kind}", "--content", Content);
        }

        var content = new ContentReader(YamlLimits.Default).Read(Content, new DiagnosticBag());
        var source = content.Sources.Single(s => s.Id == "my-source");
        var company = content.Companies.Single(c => c.Id == "my-company");
        var deal = content.Deals.Single(d => d.Id == "my-deal");
        var fact = content.Facts.Single(f => f.Id == "my-fact");
        var placeholders = new[]
        {
            source.Title, company.Name, company.Description, deal.Title, deal.Summary, fact.Statement,
            content.Events.Single(e => e.Id == "my-event").Title,
            content.Charts.Single(c => c.Id == "my-chart").Title,
        }.Concat(deal.Parties.Select(p => p.Role)).Concat(fact.Cites.Select(c => c.At));

        Assert.All(placeholders, text => Assert.StartsWith("TODO", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_fact_cites_the_most_recently_published_source()
    {
        // A year-only date is the latest here although it sorts first alphabetically by id.
        await File.WriteAllTextAsync(Path.Combine(Content, "sources", "a-yearly-review.yaml"),
            "id: a-yearly-review\ntitle: A yearly review\npublished: 2026\nlanguage: en\nkind: research-note\n");
        await File.WriteAllTextAsync(Path.Combine(Content, "sources", "z-late-2025.yaml"),
            "id: z-late-2025\ntitle: Late 2025\npublished: 2025-12-31\nlanguage: en\nkind: news-report\n");

        await CliRunner.Run("new", "fact", "my-fact", "--content", Content);

        var fact = await File.ReadAllTextAsync(Path.Combine(Content, "facts", "my-fact.yaml"));
        Assert.Contains("- source: a-yearly-review", fact, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiet_new_clean_and_schemas_print_nothing_when_all_is_well()
    {
        var output = Path.Combine(_root, "output");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, OutputWriter.MarkerFileName), OutputWriter.MarkerText);

        var results = new[]
        {
            await CliRunner.Run("new", "source", "quiet-source", "--content", Content, "--quiet"),
            await CliRunner.Run("clean", "--out", output, "--content", Content, "--quiet"),
            await CliRunner.Run("schemas", "--content", Content, "--quiet"),
        };

        Assert.All(results, r => Assert.Equal((ExitCodes.Ok, "", ""), (r.Exit, r.Out, r.Err)));
        Assert.False(Directory.Exists(output));
        Assert.True(File.Exists(Path.Combine(Content, "sources", "quiet-source.yaml")));
    }

    [Fact]
    public async Task Every_skeleton_date_is_the_placeholder_check_flags_never_today()
    {
        foreach (var kind in Kinds)
        {
            await CliRunner.Run("new", kind, $"my-{kind}", "--content", Content);
        }

        var check = await CliRunner.Run("check", "--content", Content);

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var written = Kinds.Select(k => File.ReadAllText(Path.Combine(Content, ContentKind.EntityKinds.Single(e => e.SchemaName == k).Folder, $"my-{k}.yaml"))).ToList();
        Assert.All(written, text => Assert.DoesNotContain(today, text, StringComparison.Ordinal));
        foreach (var (file, line) in new[] { ("sources/my-source.yaml", "published:"), ("deals/my-deal.yaml", "date:"), ("events/my-event.yaml", "date:") })
        {
            var number = File.ReadAllLines(Path.Combine(Content, file)).ToList().FindIndex(l => l.TrimStart().StartsWith(line, StringComparison.Ordinal)) + 1;
            Assert.Contains(check.Out.Split('\n'), l => l.Contains($"{file}:{number}:", StringComparison.Ordinal) && l.Contains("BRF042", StringComparison.Ordinal) && l.Contains("placeholder date", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task New_in_a_content_folder_that_does_not_exist_says_to_run_init()
    {
        var missing = Path.Combine(_root, "no-such-content");

        var (exit, _, error) = await CliRunner.Run("new", "fact", "x", "--content", missing);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("briefing init", error, StringComparison.Ordinal);
        Assert.DoesNotContain("pass --content", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
