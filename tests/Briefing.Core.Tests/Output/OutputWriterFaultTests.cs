using Briefing.Core.Output;

namespace Briefing.Core.Tests.Output;

/// <summary>
/// The writer stopped (as by a kill) or failed (as by a full disk) at every one of its steps:
/// the next run always repairs the output, the published output is always whole, and what the
/// writer says about the previous output is true.
/// </summary>
public sealed class OutputWriterFaultTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-fault-").FullName;

    private string Output => Path.Combine(_root, "output");

    private static readonly Dictionary<string, string> Old = new()
    {
        ["index.html"] = "old index", ["deals/a.html"] = "old a", ["deals/b.html"] = "old b", ["old.pdf"] = "old pdf",
    };

    private static readonly Dictionary<string, string> New = new()
    {
        ["index.html"] = "new index", ["deals/a.html"] = "new a", ["companies/c.html"] = "new c",
    };

    private static OutputFile[] Files(Dictionary<string, string> files) =>
        [.. files.Select(f => new OutputFile(f.Key, System.Text.Encoding.UTF8.GetBytes(f.Value)))];

    /// <summary>The output's files with their text, marker included, or null when there is no output.</summary>
    private Dictionary<string, string>? Snapshot() =>
        Directory.Exists(Output)
            ? Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
                .ToDictionary(p => Path.GetRelativePath(Output, p).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText)
            : null;

    private static Dictionary<string, string> Marked(Dictionary<string, string> files) =>
        new(files) { [OutputWriter.MarkerFileName] = OutputWriter.MarkerText };

    /// <summary>A writer whose step hook throws at the n-th step it reaches (counting from 0), and counts them.</summary>
    private OutputWriter StoppingAt(int n, Func<Exception> fault, List<OutputStep>? seen = null)
    {
        var count = 0;
        return new OutputWriter(Output)
        {
            Step = step =>
            {
                seen?.Add(step);
                if (count++ == n)
                {
                    throw fault();
                }
            },
        };
    }

    private List<OutputStep> StepsOf(Action<OutputWriter> run)
    {
        var seen = new List<OutputStep>();
        run(StoppingAt(int.MaxValue, () => new InvalidOperationException(), seen));
        return seen;
    }

    // Lock, recover, marker, 3 files, verify, 2 renames, trash, 3 entries, marker, folder: a new step needs a new count here.
    private const int WriteStepCount = 15;
    private const int RemoveStepCount = 7;

    public static TheoryData<int> WriteSteps() => [.. Enumerable.Range(0, WriteStepCount)];

    /// <summary>Writes the old output and checks that writing the new one over it takes every step the theories try.</summary>
    private void StartFromOldOutput(Action<OutputWriter> run, int expectedSteps)
    {
        new OutputWriter(Output).Write(Files(Old));
        Assert.Equal(expectedSteps, StepsOf(run).Count);
        new OutputWriter(Output).Write(Files(Old));
    }

    [Theory]
    [MemberData(nameof(WriteSteps))]
    public void A_build_killed_at_any_step_of_its_write_is_repaired_by_the_next_run(int step)
    {
        StartFromOldOutput(w => w.Write(Files(New)), WriteStepCount);

        Assert.Throws<WriterStoppedException>(() => StoppingAt(step, () => new WriterStoppedException()).Write(Files(New)));

        // The next run finds either the old output or the new one, whole and marked, and nothing else beside it.
        Assert.Null(new OutputWriter(Output).Refusal());
        new OutputWriter(Output).Recover();
        Assert.Contains(Snapshot(), new[] { Marked(Old), Marked(New) });
        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName));
        new OutputWriter(Output).Write(Files(New));
        Assert.Equal(Marked(New), Snapshot());
    }

    [Theory]
    [MemberData(nameof(WriteSteps))]
    public void A_build_failing_at_any_step_says_truly_whether_the_previous_output_is_untouched(int step)
    {
        StartFromOldOutput(w => w.Write(Files(New)), WriteStepCount);

        IReadOnlyList<string> notes = [];
        var failure = Record.Exception(() => notes = StoppingAt(step, () => new IOException("disk full")).Write(Files(New)));

        if (failure is null)
        {
            // Past the swap, a failure only leaves leftovers of the previous output, and says so.
            Assert.Equal(Marked(New), Snapshot());
            Assert.NotEmpty(notes);
            return;
        }

        var written = Assert.IsType<OutputWriteException>(failure);
        Assert.Equal(written.PreviousOutputUntouched, written.Message.Contains("untouched", StringComparison.Ordinal));
        if (written.PreviousOutputUntouched)
        {
            Assert.Equal(Marked(Old), Snapshot());
        }

        new OutputWriter(Output).Write(Files(New));
        Assert.Equal(Marked(New), Snapshot());
        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName));
    }

    public static TheoryData<int> RemoveSteps() => [.. Enumerable.Range(0, RemoveStepCount)];

    [Theory]
    [MemberData(nameof(RemoveSteps))]
    public void A_clean_killed_at_any_point_is_finished_by_the_next_clean_or_build(int step)
    {
        StartFromOldOutput(w => w.Remove(), RemoveStepCount);

        Assert.Throws<WriterStoppedException>(() => StoppingAt(step, () => new WriterStoppedException()).Remove());

        // The output is either whole or gone: never a folder of files without its marker.
        Assert.Contains(Snapshot(), new[] { Marked(Old), null });
        Assert.Null(new OutputWriter(Output).Refusal());
        if (step % 2 == 0)
        {
            new OutputWriter(Output).Remove();
            Assert.Empty(Directory.EnumerateFileSystemEntries(_root));
        }
        else
        {
            new OutputWriter(Output).Write(Files(New));
            Assert.Equal(Marked(New), Snapshot());
            Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName));
        }
    }

    [Fact]
    public void A_clean_that_cannot_delete_everything_does_not_claim_the_output_is_untouched()
    {
        new OutputWriter(Output).Write(Files(Old));
        var deleted = 0;
        var faulty = new OutputWriter(Output)
        {
            Step = step =>
            {
                if (step == OutputStep.EntryDeleted && ++deleted == 2)
                {
                    throw new UnauthorizedAccessException("permission denied");
                }
            },
        };

        var failure = Assert.Throws<OutputWriteException>(faulty.Remove);

        Assert.False(failure.PreviousOutputUntouched);
        Assert.DoesNotContain("untouched", failure.Message, StringComparison.Ordinal);
        Assert.Contains("trash", failure.Message, StringComparison.Ordinal);
        Assert.Null(new OutputWriter(Output).Refusal());
        new OutputWriter(Output).Remove();
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root));
    }

    [Fact]
    public void A_build_whose_previous_output_cannot_be_deleted_publishes_and_says_what_is_left()
    {
        new OutputWriter(Output).Write(Files(Old));
        var faulty = new OutputWriter(Output)
        {
            Step = step =>
            {
                if (step == OutputStep.EntryDeleted)
                {
                    throw new UnauthorizedAccessException("permission denied");
                }
            },
        };

        var notes = faulty.Write(Files(New));

        Assert.Equal(Marked(New), Snapshot());
        Assert.Contains("permission denied", Assert.Single(notes), StringComparison.Ordinal);
        Assert.DoesNotContain("untouched", notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_staging_folder_emptied_by_someone_else_is_never_published()
    {
        new OutputWriter(Output).Write(Files(Old));
        OutputWriter? writer = null;
        writer = new OutputWriter(Output)
        {
            Step = step =>
            {
                if (step == OutputStep.FileWritten)
                {
                    File.Delete(Directory.EnumerateFiles(writer!.StagingDirectory, "*.html", SearchOption.AllDirectories).First());
                }
            },
        };

        var failure = Assert.Throws<OutputWriteException>(() => writer.Write(Files(New)));

        Assert.True(failure.PreviousOutputUntouched);
        Assert.Equal(Marked(Old), Snapshot());
    }

    [Fact]
    public void Each_process_stages_into_a_folder_of_its_own()
    {
        var writer = new OutputWriter(Output);

        Assert.EndsWith($"-new-{Environment.ProcessId}", writer.StagingDirectory, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_writer_waits_then_gives_up_naming_the_holder_and_touches_nothing()
    {
        new OutputWriter(Output).Write(Files(Old));
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var first = new OutputWriter(Output)
        {
            Step = step =>
            {
                if (step == OutputStep.StagingMarked)
                {
                    inside.Set();
                    release.Wait(TimeSpan.FromSeconds(30));
                }
            },
        };
        var firstWrite = Task.Run(() => first.Write(Files(New)));
        Assert.True(inside.Wait(TimeSpan.FromSeconds(30)));

        var second = new OutputWriter(Output) { LockWait = TimeSpan.FromMilliseconds(200) };
        var refused = Assert.Throws<OutputLockedException>(() => second.Write(Files(Old)));
        Assert.Throws<OutputLockedException>(() => second.Remove());

        Assert.Contains($"process {Environment.ProcessId}", refused.Message, StringComparison.Ordinal);
        Assert.True(Directory.Exists(first.StagingDirectory));
        release.Set();
        await firstWrite.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(Marked(New), Snapshot());
    }

    [Fact]
    public async Task Two_writers_at_once_each_publish_a_whole_output_one_after_the_other()
    {
        var outputs = new[] { Old, New };
        var published = new List<Dictionary<string, string>?>();
        var writers = outputs.Select(files => Task.Run(() =>
        {
            for (var i = 0; i < 5; i++)
            {
                new OutputWriter(Output) { LockWait = TimeSpan.FromSeconds(30) }.Write(Files(files));
                lock (published)
                {
                    published.Add(Snapshot());
                }
            }
        })).ToArray();

        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.All(published, snapshot => Assert.Contains(snapshot, new[] { Marked(Old), Marked(New) }));
        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
