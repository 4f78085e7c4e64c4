using Briefing.Commands;

namespace Briefing.Tests.CuratedContent;

/// <summary>
/// The example briefing in content/ passes <c>check</c> with no warning, as the command line reports it.
/// This checks the example, not the command, and is expected to change with it.
/// </summary>
public sealed class CuratedContentCheckTests
{
    [Fact]
    public async Task Check_on_the_example_exits_zero_with_a_clean_summary()
    {
        var (exit, output, _) = await CliRunner.Run("check", "--content", Repository.ContentDirectory);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("check: 0 errors, 0 warnings", output, StringComparison.Ordinal);
    }
}
