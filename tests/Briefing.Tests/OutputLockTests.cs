using Briefing.Commands;
using Briefing.Core.Output;

namespace Briefing.Tests;

/// <summary>One writer per output at a time: `build` and `clean` wait for another run's write, then give up naming it.</summary>
public sealed class OutputLockTests : IDisposable
{
    private readonly string _root = Repository.CopyContent();

    private string Output => Path.Combine(_root, "output");

    [Fact]
    public async Task Build_and_clean_give_up_with_exit_2_naming_the_run_that_holds_the_output()
    {
        new OutputWriter(Output).Write([new OutputFile("index.html", "held"u8.ToArray())]);
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holder = new OutputWriter(Output)
        {
            Step = step =>
            {
                if (step == OutputStep.StagingMarked)
                {
                    inside.Set();
                    release.Wait(TimeSpan.FromSeconds(60));
                }
            },
        };
        var holding = Task.Run(() => holder.Write([new OutputFile("index.html", "new"u8.ToArray())]));
        Assert.True(inside.Wait(TimeSpan.FromSeconds(30)));
        try
        {
            var clean = await CliRunner.Run("clean", "--out", Output, "--content", Path.Combine(_root, "content"));

            Assert.Equal(ExitCodes.Usage, clean.Exit);
            Assert.Contains($"another Briefing run is writing to {Output} (process {Environment.ProcessId}", clean.Err, StringComparison.Ordinal);
            Assert.Equal("held", await File.ReadAllTextAsync(Path.Combine(Output, "index.html")));
        }
        finally
        {
            release.Set();
            await holding.WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Equal("new", await File.ReadAllTextAsync(Path.Combine(Output, "index.html")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
