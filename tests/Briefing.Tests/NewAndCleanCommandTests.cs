using Briefing.Commands;

namespace Briefing.Tests;

public sealed class NewAndCleanCommandTests : IDisposable
{
    private readonly string _root = Repository.CopyContent();

    private string Content => Path.Combine(_root, "content");

    [Fact]
    public async Task Every_new_skeleton_passes_check()
    {
        foreach (var kind in new[] { "source", "company", "deal", "fact", "event" })
        {
            var (exit, output, error) = await CliRunner.Run("new", kind, $"my-{kind}", "--content", Content);
            Assert.True(exit == ExitCodes.Ok, error);
            Assert.Contains($"my-{kind}.yaml", output, StringComparison.Ordinal);
        }

        var check = await CliRunner.Run("check", "--content", Content, "--strict");

        Assert.Equal(ExitCodes.Ok, check.Exit);
        Assert.Contains("0 errors, 0 warnings", check.Out, StringComparison.Ordinal);
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

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
