using Briefing.Commands;
using Briefing.Core.Loading;

namespace Briefing.Tests;

/// <summary>`init DIR` makes a content folder that passes check at once and, with a few skeletons, builds both products.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _empty = Directory.CreateTempSubdirectory("briefing-init-").FullName;

    private string Content => Path.Combine(_empty, "my-briefing");

    [Fact]
    public async Task Init_makes_a_content_folder_that_passes_check_at_once()
    {
        var init = await CliRunner.Run("init", Content);
        var check = await CliRunner.Run("check", "--content", Content);

        Assert.True(init.Exit == ExitCodes.Ok, init.Err);
        Assert.All(ContentKind.EntityKinds, kind => Assert.True(Directory.Exists(Path.Combine(Content, kind.Folder)), kind.Folder));
        Assert.All(ContentKind.All, kind => Assert.True(File.Exists(Path.Combine(Content, "schemas", kind.SchemaFile)), kind.SchemaFile));
        Assert.Contains("content/README.md", await File.ReadAllTextAsync(Path.Combine(Content, "README.md")), StringComparison.Ordinal);
        Assert.Contains("# ", await File.ReadAllTextAsync(Path.Combine(Content, "briefing.yaml")), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, check.Exit);
        Assert.Contains("check: 0 errors, ", check.Out, StringComparison.Ordinal);
        // Left placeholders are flagged, and they are all that is: the edition's date among them.
        var warnings = check.Out.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, line => Assert.Contains("BRF042", line, StringComparison.Ordinal));
        Assert.Contains(warnings, line => line.Contains("'edition'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Init_then_new_skeletons_check_and_build_both_products_in_an_empty_folder()
    {
        var output = Path.Combine(_empty, "output");
        var steps = new List<(int Exit, string Out, string Err)>
        {
            await CliRunner.Run("init", Content),
            await CliRunner.Run("new", "source", "first-report", "--content", Content),
            await CliRunner.Run("new", "company", "maker", "--content", Content),
            await CliRunner.Run("new", "fact", "maker-sales", "--content", Content),
            await CliRunner.Run("new", "deal", "first-deal", "--content", Content),
        };

        var check = await CliRunner.Run("check", "--content", Content);
        var build = await CliRunner.Run("build", "--content", Content, "--templates", Repository.TemplatesDirectory, "--out", output);

        Assert.All(steps, s => Assert.True(s.Exit == ExitCodes.Ok, s.Err));
        Assert.Equal(ExitCodes.Ok, check.Exit);
        Assert.Contains("check: 0 errors, ", check.Out, StringComparison.Ordinal);
        Assert.True(build.Exit == ExitCodes.Ok, build.Err + build.Out);
        Assert.True(File.Exists(Path.Combine(output, "site", "index.html")));
        Assert.Single(Directory.EnumerateFiles(output, "briefing-*.pdf"));
    }

    [Fact]
    public async Task A_briefing_without_deals_builds_and_its_map_page_says_there_is_nothing_to_map()
    {
        var output = Path.Combine(_empty, "output");
        await CliRunner.Run("init", Content);
        await CliRunner.Run("new", "source", "first-report", "--content", Content);
        await CliRunner.Run("new", "company", "maker", "--content", Content);
        await CliRunner.Run("new", "fact", "maker-sales", "--content", Content);

        var build = await CliRunner.Run("build", "--content", Content, "--templates", Repository.TemplatesDirectory, "--out", output);

        Assert.True(build.Exit == ExitCodes.Ok, build.Err + build.Out);
        var map = await File.ReadAllTextAsync(Path.Combine(output, "site", "map.html"));
        Assert.Contains("No company is tied to another by a deal or by ownership yet.", map, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg class=\"map-svg\"", map, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_never_writes_into_a_folder_that_holds_anything()
    {
        Directory.CreateDirectory(Content);
        await File.WriteAllTextAsync(Path.Combine(Content, "notes.txt"), "mine");

        var (exit, _, error) = await CliRunner.Run("init", Content);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("not empty", error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(Content).Select(Path.GetFileName));
    }

    [Fact]
    public async Task The_guides_walkthrough_from_init_builds_its_story_without_a_warning()
    {
        var output = Path.Combine(_empty, "output");
        var files = WalkthroughFiles(await File.ReadAllTextAsync(Path.Combine(Repository.ContentDirectory, "README.md")));
        var init = await CliRunner.Run("init", Content);
        foreach (var (path, yaml) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(Content, path), yaml);
        }

        var check = await CliRunner.Run("check", "--strict", "--content", Content);
        var build = await CliRunner.Run("build", "--content", Content, "--templates", Repository.TemplatesDirectory, "--out", output);

        Assert.Equal(ExitCodes.Ok, init.Exit);
        Assert.Contains("briefing.yaml", files.Keys);
        Assert.True(files.Count >= 8, $"the walkthrough has {files.Count} files");
        Assert.True(check.Exit == ExitCodes.Ok, check.Out);
        Assert.Contains("check: 0 errors, 0 warnings", check.Out, StringComparison.Ordinal);
        Assert.True(build.Exit == ExitCodes.Ok, build.Err + build.Out);
        Assert.True(File.Exists(Path.Combine(output, "site", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "briefing-2025-04-01.pdf")));
    }

    /// <summary>The YAML blocks of the guide's "Starting a new briefing" section, by the path their '# file:' line names.</summary>
    private static Dictionary<string, string> WalkthroughFiles(string guide)
    {
        var start = guide.IndexOf("## Starting a new briefing", StringComparison.Ordinal);
        var end = guide.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the guide has no 'Starting a new briefing' section");
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = guide[start..end].Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```yaml")
            {
                continue;
            }

            var indent = lines[i].Length - lines[i].TrimStart().Length;
            var block = lines.Skip(i + 1).TakeWhile(l => l.Trim() != "```").Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()).ToList();
            if (block.Count > 0 && block[0].StartsWith("# file: ", StringComparison.Ordinal))
            {
                files[block[0]["# file: ".Length..].Trim()] = string.Join('\n', block) + "\n";
            }
        }

        return files;
    }

    public void Dispose() => Directory.Delete(_empty, recursive: true);
}
