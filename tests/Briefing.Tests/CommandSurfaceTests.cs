using Briefing.Commands;
using Briefing.Pipeline;

namespace Briefing.Tests;

/// <summary>What every command offers, how output is chosen for a terminal, and template reuse between builds.</summary>
public sealed class CommandSurfaceTests
{
    [Theory]
    [InlineData("build", "--only", "--paper")]
    [InlineData("check", "--strict", "--quiet")]
    [InlineData("serve", "--port", "--verbose")]
    [InlineData("new", "<kind>", "<id>")]
    [InlineData("clean", "--out", "--content")]
    [InlineData("schemas", "--content", "--quiet")]
    public async Task Every_command_has_help_naming_its_options(string command, string first, string second)
    {
        var (exit, output, _) = await CliRunner.Run(command, "--help");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains(first, output, StringComparison.Ordinal);
        Assert.Contains(second, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_that_is_not_the_console_gets_plain_lines()
    {
        using var file = new StringWriter();

        Assert.False(Reporter.IsInteractive(file));
    }

    [Fact]
    public void Templates_are_compiled_once_and_again_only_after_a_template_changes()
    {
        var root = Repository.CopyFixture(Repository.MiniBriefing);
        try
        {
            var site = Path.Combine(Repository.CopyTemplatesTo(root), "site");
            var cache = new TemplateCache(site);

            var first = cache.Renderer();
            var again = cache.Renderer();
            var layout = Path.Combine(site, "layout.sbnhtml");
            File.AppendAllText(layout, "\n");
            File.SetLastWriteTimeUtc(layout, DateTime.UtcNow.AddSeconds(5));
            var afterEdit = cache.Renderer();

            Assert.Same(first, again);
            Assert.NotSame(first, afterEdit);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
