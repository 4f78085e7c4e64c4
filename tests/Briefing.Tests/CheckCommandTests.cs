using Briefing.Commands;

namespace Briefing.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public async Task Check_on_broken_content_exits_one_and_prints_file_line_column()
    {
        var content = Directory.CreateTempSubdirectory("briefing-cli-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(content, "briefing.yaml"), "title: t\ntitel: x\n");

            var (exit, output, _) = await CliRunner.Run("check", "--content", content);

            Assert.Equal(ExitCodes.ContentErrors, exit);
            Assert.Matches(@"briefing\.yaml:2:1: error BRF012: unknown key 'titel'", output);
            Assert.Contains("hint: did you mean 'title'?", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }

    [Theory]
    [InlineData("check", "--bogus")]
    [InlineData("frobnicate")]
    [InlineData("check", "--content")]
    public async Task Usage_errors_exit_two(params string[] args)
    {
        var (exit, _, error) = await CliRunner.Run(args);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith("briefing:", error, StringComparison.Ordinal);
    }
}
