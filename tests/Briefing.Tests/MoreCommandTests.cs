using Briefing.Commands;

namespace Briefing.Tests;

public sealed class MoreCommandTests : IDisposable
{
    private readonly string _root = Repository.CopyFixture(Repository.MiniBriefing);

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
    public async Task A_broken_template_is_reported_at_its_file_line_and_column_and_nothing_is_written()
    {
        var templates = Repository.CopyTemplatesTo(_root);

        var page = Path.Combine(templates, "site", "pages", "deal.sbnhtml");
        await File.WriteAllTextAsync(page, "{{ if title }}\n  {{ titel }}\n{{ end }}\n" + await File.ReadAllTextAsync(page));
        var output = Path.Combine(_root, "output");

        var (exit, text, _) = await CliRunner.Run("--content", Content, "--templates", templates, "--out", output);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("site/pages/deal.sbnhtml:2:6: error BRF060: 'titel' is not a value or function here", text, StringComparison.Ordinal);
        Assert.Contains("hint: did you mean 'title'?", text, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task A_templates_folder_that_still_holds_handlebars_templates_is_one_clear_usage_error()
    {
        var templates = Repository.CopyTemplatesTo(_root);
        await File.WriteAllTextAsync(Path.Combine(templates, "site", "pages", "deal.hbs"), "<h1>{{title}}</h1>");
        var output = Path.Combine(_root, "output");

        var (exit, _, error) = await CliRunner.Run("--content", Content, "--templates", templates, "--out", output);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("holds Handlebars templates (pages/deal.hbs)", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("Handlebars", StringComparison.Ordinal));
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
