using System.Diagnostics;

namespace Briefing.Core.Tests.Testing;

/// <summary>Every process a test starts runs under a time limit; a hung one is killed and named.</summary>
public sealed class TestProcessTests
{
    [ToolFact("sh")]
    public void A_process_that_finishes_gives_its_exit_code_and_output()
    {
        var run = TestProcess.Run("/bin/sh", ["-c", "echo out; echo err >&2; exit 3"], TimeSpan.FromSeconds(30));

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("out\n", run.StandardOutput);
        Assert.Equal("err\n", run.StandardError);
    }

    [ToolFact("sh")]
    public void A_process_past_its_time_is_killed_and_the_failure_names_the_command_and_what_it_printed()
    {
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<TimeoutException>(() =>
            TestProcess.Run("/bin/sh", ["-c", "echo started; sleep 60 & wait"], TimeSpan.FromSeconds(1)));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}: the child sleep kept the pipes open");
        Assert.Contains("/bin/sh -c 'echo started; sleep 60 & wait'", error.Message, StringComparison.Ordinal);
        Assert.Contains("did not finish within 1 s", error.Message, StringComparison.Ordinal);
        Assert.Contains("started", error.Message, StringComparison.Ordinal);
    }
}
