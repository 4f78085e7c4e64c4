namespace Briefing.Core.Output;

/// <summary>Finishing what a killed run left, and removing folders so that a kill can always be finished.</summary>
public sealed partial class OutputWriter
{
    /// <summary>
    /// Finishes or undoes what a killed run left behind, under the lock. Returns a sentence for
    /// the analyst when something was recovered or could not be tidied, else null.
    /// </summary>
    /// <exception cref="OutputFolderRefusedException">A folder involved is not Briefing's; nothing was touched.</exception>
    /// <exception cref="OutputLockedException">Another run kept the output locked; nothing was touched.</exception>
    public string? Recover()
    {
        EnsureOurs();
        if (Leftovers().Count == 0)
        {
            return null; // nothing a killed run could have left: no need to wait for the lock
        }

        using var held = Lock();
        var notes = Guarded(() =>
        {
            Reached(OutputStep.Locked);
            return RecoverLocked();
        });
        return notes.Count == 0 ? null : string.Join("; ", notes);
    }

    /// <summary>
    /// Removes the output and any folders a killed build left, and nothing else, under the
    /// lock. Each is renamed to a trash name first, so the output's own name is free at once and
    /// a kill part-way leaves a folder the next run recognises and finishes deleting.
    /// Returns the folders removed.
    /// </summary>
    /// <exception cref="OutputFolderRefusedException">A folder is not Briefing's; nothing was removed.</exception>
    /// <exception cref="OutputWriteException">A folder could not be deleted whole; the message says where the rest is.</exception>
    public IReadOnlyList<string> Remove()
    {
        EnsureOurs();
        if (!Directory.Exists(_output) && Leftovers().Count == 0)
        {
            return [];
        }

        using var held = Lock();
        Reached(OutputStep.Locked);
        EnsureOurs();
        var removed = new List<string>();
        foreach (var folder in Leftovers().Prepend(_output).Where(Directory.Exists))
        {
            var trash = folder;
            try
            {
                trash = MoveToTrash(folder);
                DeleteMarkerLast(trash);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OutputWriteException(folder == trash
                    ? $"could not remove {folder}: {e.Message}; it is as it was"
                    : $"could not remove all of {folder}: {e.Message}; it is no longer in place, and what is left of it is in {trash}, "
                        + "which the next build or clean deletes once it can", e);
            }

            removed.Add(folder);
        }

        return removed;
    }

    /// <summary>Repairs a killed run's leftovers; the caller holds the lock.</summary>
    private List<string> RecoverLocked()
    {
        EnsureOurs();
        var notes = new List<string>();
        if (Directory.Exists(PreviousDirectory) && !Directory.Exists(_output))
        {
            // Killed between the two renames of a swap: put the previous output back.
            Directory.Move(PreviousDirectory, _output);
            notes.Add("recovered the previous output after an interrupted build");
        }

        // Everything else beside the output is a staging, previous or trash folder no one is using
        // (we hold the lock): finish deleting it.
        foreach (var folder in Leftovers())
        {
            if (TryDelete(folder) is { } leftover)
            {
                notes.Add(leftover);
            }
        }

        Reached(OutputStep.Recovered);
        return notes;
    }

    /// <summary>Deletes a folder through a trash name, marker last; a sentence saying what is left when it could not.</summary>
    private string? TryDelete(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var trash = folder;
        try
        {
            trash = MoveToTrash(folder);
            DeleteMarkerLast(trash);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"could not delete {trash} (left by an earlier build): {e.Message}; delete it yourself, or let a later run retry";
        }
    }

    private string MoveToTrash(string folder)
    {
        if (IsTrash(folder))
        {
            return folder;
        }

        string trash;
        var n = 0;
        do
        {
            trash = Sibling($"{TrashPrefix}{Environment.ProcessId}-{n++}");
        }
        while (Path.Exists(trash));

        Directory.Move(folder, trash);
        Reached(OutputStep.MovedToTrash);
        return trash;
    }

    /// <summary>
    /// Deletes everything but the marker, then the marker, then the empty folder: stopped at any
    /// point, what remains is marked or empty, so it is still recognised as Briefing's.
    /// </summary>
    private void DeleteMarkerLast(string folder)
    {
        var marker = Path.Combine(folder, MarkerFileName);
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Where(p => p != marker).ToList())
        {
            if (Directory.Exists(entry) && !File.GetAttributes(entry).HasFlag(FileAttributes.ReparsePoint))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }

            Reached(OutputStep.EntryDeleted);
        }

        if (File.Exists(marker))
        {
            File.Delete(marker);
            Reached(OutputStep.MarkerDeleted);
        }

        Directory.Delete(folder);
        Reached(OutputStep.FolderDeleted);
    }
}
