using Briefing.Serving;

namespace Briefing.Tests;

public sealed class ChangeWatcherTests
{
    [Fact]
    public async Task A_burst_of_changes_settles_into_one_callback()
    {
        var calls = 0;
        using var watcher = new ChangeWatcher([], TimeSpan.FromMilliseconds(150), () => Interlocked.Increment(ref calls));

        for (var i = 0; i < 5; i++)
        {
            watcher.Poke();
        }

        await Task.Delay(800);
        Assert.Equal(1, calls);

        watcher.Poke();
        await Task.Delay(800);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_file_saved_in_a_watched_folder_triggers_a_callback()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-watch-").FullName;
        try
        {
            using var settled = new SemaphoreSlim(0);
            using var watcher = new ChangeWatcher([folder], TimeSpan.FromMilliseconds(50), () => settled.Release());

            await File.WriteAllTextAsync(Path.Combine(folder, "x.yaml"), "id: x\n");

            Assert.True(await settled.WaitAsync(TimeSpan.FromSeconds(10)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
