namespace Briefing.Serving;

/// <summary>
/// Watches folders and calls back once a burst of changes has settled, so several quick
/// saves (editors write a file in two or three steps) cause one rebuild, not many.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly ITimer _timer;
    private readonly TimeSpan _quiet;

    // The clock is a parameter so tests can move it by hand instead of sleeping and racing the thread pool.
    public ChangeWatcher(IEnumerable<string> folders, TimeSpan quiet, Action onSettled, TimeProvider? time = null)
    {
        _quiet = quiet;
        _timer = (time ?? TimeProvider.System).CreateTimer(_ => onSettled(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, _) => Poke();
            watcher.Created += (_, _) => Poke();
            watcher.Deleted += (_, _) => Poke();
            watcher.Renamed += (_, _) => Poke();
            _watchers.Add(watcher);
        }
    }

    /// <summary>Restarts the quiet period; also what a test calls to simulate a save.</summary>
    public void Poke() => _timer.Change(_quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }
}
