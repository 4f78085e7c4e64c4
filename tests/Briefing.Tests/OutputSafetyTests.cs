using Briefing.Commands;
using Briefing.Core.Output;

namespace Briefing.Tests;

/// <summary>`build`, `serve` and `clean` replace or delete only folders Briefing made; anything else is refused untouched.</summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly string _root = Repository.CopyFixture(Repository.MiniBriefing);

    private string Content => Path.Combine(_root, "content");

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));

    // The timeout stops a `serve` that wrongly starts instead of refusing, so a regression fails rather than hangs.
    private Task<(int Exit, string Out, string Err)> Run(params string[] args) =>
        CliRunner.Run(_timeout.Token, [.. args, "--content", Content, "--templates", Repository.TemplatesDirectory]);

    /// <summary>Every file and folder under the temporary root, with each file's text: what must not change.</summary>
    private Dictionary<string, string> Everything() =>
        Directory.EnumerateFileSystemEntries(_root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .ToDictionary(p => Path.GetRelativePath(_root, p), p => File.Exists(p) ? File.ReadAllText(p) : "<folder>");

    private string UserFolder(string name, string file, string text)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, file), text);
        return folder;
    }

    [Fact]
    public async Task Clean_refuses_a_folder_of_someone_elses_notes()
    {
        var notes = UserFolder("userdir", "notes.md", "my notes");
        var before = Everything();

        var (exit, output, error) = await Run("clean", "--out", notes);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("not made by Briefing", error, StringComparison.Ordinal);
        Assert.DoesNotContain("removed", output, StringComparison.Ordinal);
        Assert.Equal(before, Everything());
    }

    [Fact]
    public async Task Clean_refuses_an_output_folder_holding_a_document_it_did_not_make()
    {
        var output = UserFolder("output", "report.docx", "a document");
        var before = Everything();

        var (exit, _, error) = await Run("clean", "--out", output);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith("briefing: ", error, StringComparison.Ordinal);
        Assert.Equal(before, Everything());
    }

    [Theory]
    [InlineData("build")]
    [InlineData("serve")]
    public async Task Build_and_serve_refuse_to_replace_a_folder_holding_a_users_file(string command)
    {
        var userdir = UserFolder("userdir", "keep.txt", "mine");
        var before = Everything();

        var (exit, _, error) = await Run(command, "--out", userdir);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains(OutputWriter.MarkerFileName, error, StringComparison.Ordinal);
        Assert.Equal(before, Everything());
    }

    [Theory]
    [InlineData("content")]
    [InlineData("content/sources")]
    [InlineData(".")]
    public async Task Build_and_clean_refuse_an_output_that_is_inside_or_around_the_content(string relative)
    {
        var output = Path.GetFullPath(Path.Combine(_root, relative));
        var before = Everything();

        var build = await Run("build", "--out", output);
        var clean = await Run("clean", "--out", output);

        Assert.Equal((ExitCodes.Usage, ExitCodes.Usage), (build.Exit, clean.Exit));
        Assert.Contains("content folder", build.Err, StringComparison.Ordinal);
        Assert.Equal(before, Everything());
    }

    [Fact]
    public async Task An_output_inside_the_templates_is_refused()
    {
        var templates = Repository.CopyTemplatesTo(_root);

        var before = Everything();
        var (exit, _, error) = await CliRunner.Run("--content", Content, "--templates", templates, "--out", Path.Combine(templates, "out"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("templates folder", error, StringComparison.Ordinal);
        Assert.Equal(before, Everything());
    }

    [Fact]
    public async Task An_empty_folder_is_built_into_marked_and_then_cleaned()
    {
        var output = Path.Combine(_root, "empty");
        Directory.CreateDirectory(output);

        var build = await Run("build", "--only", "site", "--out", output);
        var marked = File.Exists(Path.Combine(output, OutputWriter.MarkerFileName));
        var clean = await Run("clean", "--out", output);

        Assert.Equal(ExitCodes.Ok, build.Exit);
        Assert.True(marked);
        Assert.Equal(ExitCodes.Ok, clean.Exit);
        Assert.False(Directory.Exists(output));
        Assert.True(Directory.Exists(Content));
    }

    [Fact]
    public async Task An_output_that_is_a_file_is_refused_and_leaves_no_staging_folder()
    {
        var file = Path.Combine(_root, "out.txt");
        await File.WriteAllTextAsync(file, "a file");

        var (exit, _, error) = await Run("build", "--only", "site", "--out", file);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("is a file", error, StringComparison.Ordinal);
        Assert.Equal("a file", await File.ReadAllTextAsync(file));
        Assert.Equal(["archive", "content", "out.txt"], Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        _timeout.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
