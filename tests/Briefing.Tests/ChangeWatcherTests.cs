using Briefing.Serving;

namespace Briefing.Tests;

public sealed class ChangeWatcherTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    [Fact]
    public void A_burst_of_changes_settles_into_one_callback_after_the_quiet_period()
    {
        var clock = new ManualClock();
        var calls = 0;
        using var watcher = new ChangeWatcher([], Quiet, () => calls++, clock);

        // Five saves 100 ms apart: each one restarts the quiet period, so nothing fires in between.
        for (var i = 0; i < 5; i++)
        {
            watcher.Poke();
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(0, calls);
        clock.Advance(TimeSpan.FromMilliseconds(49));
        Assert.Equal(0, calls);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, calls);

        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, calls);

        watcher.Poke();
        clock.Advance(Quiet);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Nothing_fires_without_a_change_or_after_disposal()
    {
        var clock = new ManualClock();
        var calls = 0;
        var watcher = new ChangeWatcher([], Quiet, () => calls++, clock);

        clock.Advance(TimeSpan.FromMinutes(1));
        watcher.Poke();
        watcher.Dispose();
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, calls);
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

            // Generous: the real file watcher and timer run on a thread pool CI may keep busy.
            Assert.True(await settled.WaitAsync(TimeSpan.FromSeconds(30)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_font_dropped_into_a_fonts_folder_made_after_the_watch_began_triggers_a_callback()
    {
        var templates = Directory.CreateTempSubdirectory("briefing-watch-templates-").FullName;
        try
        {
            using var settled = new SemaphoreSlim(0);
            using var watcher = new ChangeWatcher([templates], TimeSpan.FromMilliseconds(50), () => settled.Release());
            var fonts = Directory.CreateDirectory(Path.Combine(templates, "fonts")).FullName;
            Assert.True(await settled.WaitAsync(TimeSpan.FromSeconds(30)), "the new folder");

            await File.WriteAllBytesAsync(Path.Combine(fonts, "NewlyAdded.ttf"), TestFonts.DejaVuSansAs("Newly Added"));

            // The watch covers folders made after it began (serve watches templates/ as a whole).
            Assert.True(await settled.WaitAsync(TimeSpan.FromSeconds(30)), "the font file");
        }
        finally
        {
            Directory.Delete(templates, recursive: true);
        }
    }
}
