using Briefing.Commands;

namespace Briefing.Tests;

public sealed class MoreCommandTests : IDisposable
{
    private readonly string _root = Repository.CopyContent();

    private string Content => Path.Combine(_root, "content");

    [Theory]
    [InlineData("build", "--out")]
    [InlineData("check", "--content")]
    [InlineData("clean", "--out")]
    public async Task An_empty_folder_option_is_a_usage_error_not_a_crash(string command, string option)
    {
        var (exit, _, error) = await CliRunner.Run(command, option, "");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains($"{option} needs a folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schemas_rewrites_the_editor_schemas_identically()
    {
        var schema = Path.Combine(Content, "schemas", "fact.schema.json");
        var before = await File.ReadAllTextAsync(schema);
        File.Delete(schema);

        var (exit, output, _) = await CliRunner.Run("schemas", "--content", Content);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("fact.schema.json", output, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(schema));
    }

    [Fact]
    public async Task A_broken_template_is_reported_with_its_file_and_line_and_nothing_is_written()
    {
        var templates = Repository.CopyTemplatesTo(_root);

        var page = Path.Combine(templates, "site", "pages", "deal.hbs");
        await File.WriteAllTextAsync(page, "{{#if deal}}\n{{deal.titel}}\n{{/if}}\n" + await File.ReadAllTextAsync(page));
        var output = Path.Combine(_root, "output");

        var (exit, text, _) = await CliRunner.Run("--content", Content, "--templates", templates, "--out", output);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("BRF060", text, StringComparison.Ordinal);
        Assert.Contains("deal.hbs:", text, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task An_unwritable_output_is_a_clear_message_not_a_stack_trace()
    {
        var blocker = Path.Combine(_root, "file-not-folder");
        await File.WriteAllTextAsync(blocker, "x");

        var (exit, _, error) = await CliRunner.Run("--content", Content, "--out", Path.Combine(blocker, "output"), "--only", "site");

        Assert.Equal(ExitCodes.InternalError, exit);
        Assert.StartsWith("briefing: could not read or write a file", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
