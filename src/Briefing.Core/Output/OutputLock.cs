using System.Diagnostics;
using Briefing.Core.Text;

namespace Briefing.Core.Output;

/// <summary>
/// One writer at a time per output folder: a lock file beside the output, opened with
/// <see cref="FileShare.None"/> (an exclusive <c>flock</c> on Linux and macOS, a sharing lock on
/// Windows), so it holds across processes and is released by the system when a holder dies.
/// A second file says who holds it, for the message a waiting writer gives up with: the lock
/// file itself cannot be read by others while it is held.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _path;
    private readonly string _holderPath;

    private OutputLock(FileStream stream, string path, string holderPath)
    {
        _stream = stream;
        _path = path;
        _holderPath = holderPath;
    }

    /// <summary>Takes the lock, retrying until <paramref name="wait"/> has passed.</summary>
    /// <exception cref="OutputLockedException">Another writer held it all that time.</exception>
    public static OutputLock Acquire(string path, string output, TimeSpan wait)
    {
        var holderPath = path + "-holder";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (TryOpen(path) is { } stream)
            {
                var held = new OutputLock(stream, path, holderPath);
                held.Describe();
                return held;
            }

            if (clock.Elapsed >= wait)
            {
                throw new OutputLockedException(
                    $"another Briefing run is writing to {output} ({Holder(holderPath)}); waited {wait.TotalSeconds:0.#} s. "
                    + "Wait for it to finish, or stop it, and run again");
            }

            Thread.Sleep(TimeSpan.FromMilliseconds(50));
        }
    }

    private static FileStream? TryOpen(string path)
    {
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

            // A holder deletes the lock file as it lets go; one opened just before that is a stale
            // inode no one else would ever see locked. Let it go and open the path afresh.
            if (File.Exists(path))
            {
                return stream;
            }

            stream.Dispose();
            return null;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Held by another writer. Any other failure (a file where the folder should be, a full
            // disk) is not a wait: it goes to the caller as it is.
            return null;
        }
    }

    private void Describe()
    {
        var command = string.Join(' ', Environment.GetCommandLineArgs().Select(Path.GetFileName));
        try
        {
            File.WriteAllText(_holderPath, $"process {Environment.ProcessId}: {Printable.Escape(command)}, since {DateTime.Now:HH:mm:ss}\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the waiting writer's message is the poorer for it.
        }
    }

    private static string Holder(string holderPath)
    {
        try
        {
            return Printable.Escape(File.ReadAllText(holderPath).Trim());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "holder unknown";
        }
    }

    public void Dispose()
    {
        // Deleted while still held, so no other writer ever takes a lock on a file about to vanish.
        try
        {
            File.Delete(_holderPath);
            File.Delete(_path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A lock file left behind is harmless: the next writer opens and locks it.
        }

        _stream.Dispose();
    }
}
