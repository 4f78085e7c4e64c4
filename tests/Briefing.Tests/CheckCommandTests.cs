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

    [Fact]
    public async Task Check_on_clean_content_exits_zero_with_a_clean_summary()
    {
        // The fixture the command-line tests build on: it must stay free of warnings for them to mean anything.
        var (exit, output, _) = await CliRunner.Run("check", "--content", Repository.FixtureContent(Repository.MiniBriefing));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("validate", output, StringComparison.Ordinal);
        Assert.Contains("0 errors, 0 warnings; citations checked against 2 stored articles", output, StringComparison.Ordinal);
        Assert.Contains("check: 0 errors, 0 warnings, 1 info (--verbose lists them) in 2 sources, 3 companies, 2 deals, 5 facts, 1 events, 1 charts", output, StringComparison.Ordinal);
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
