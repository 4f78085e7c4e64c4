namespace Briefing.Core.Output;

/// <summary>
/// The named steps of writing and removing an output, in the order they happen. The writer
/// tells <see cref="OutputWriter.Step"/> about each as it completes, so tests can fail or stop
/// it at every one and prove the next run repairs what was left.
/// </summary>
public enum OutputStep
{
    /// <summary>The lock is held; nothing has been touched yet.</summary>
    Locked,
    /// <summary>Leftovers of an earlier, killed run were repaired.</summary>
    Recovered,
    /// <summary>The staging folder exists and holds the marker.</summary>
    StagingMarked,
    /// <summary>One file was written into staging.</summary>
    FileWritten,
    /// <summary>Staging was checked to hold every file, whole.</summary>
    StagingVerified,
    /// <summary>The previous output was renamed out of the way.</summary>
    PreviousMovedAside,
    /// <summary>Staging was renamed into the output's place: the new output is published.</summary>
    StagingMovedIn,
    /// <summary>A folder to delete was renamed to a trash name first, so its own name is free at once.</summary>
    MovedToTrash,
    /// <summary>One entry of a folder being deleted (everything but its marker) was deleted.</summary>
    EntryDeleted,
    /// <summary>The marker of a folder being deleted was deleted, last; the folder is now empty.</summary>
    MarkerDeleted,
    /// <summary>A folder being deleted is gone.</summary>
    FolderDeleted,
}
