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
            // The site's relationship map needs a deal; see the report on MapViewBuilder for a briefing without one.
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
    public async Task Init_never_writes_into_a_folder_that_holds_anything()
    {
        Directory.CreateDirectory(Content);
        await File.WriteAllTextAsync(Path.Combine(Content, "notes.txt"), "mine");

        var (exit, _, error) = await CliRunner.Run("init", Content);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("not empty", error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(Content).Select(Path.GetFileName));
    }

    public void Dispose() => Directory.Delete(_empty, recursive: true);
}
