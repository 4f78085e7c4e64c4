namespace Briefing.Core.Output;

/// <summary>The writer's promise never to replace or remove a folder it did not make.</summary>
public sealed partial class OutputWriter
{
    /// <summary>
    /// Why the writer would refuse to replace or remove the output (or a staging folder beside
    /// it), or null when every one is absent, empty or marked as Briefing's.
    /// </summary>
    public string? Refusal()
    {
        foreach (var folder in new[] { _output, StagingDirectory, PreviousDirectory })
        {
            if (File.Exists(folder))
            {
                return $"{folder} is a file, not a folder: not replacing it; choose another --out";
            }

            if (Directory.Exists(folder) && !IsOurs(folder))
            {
                return $"{folder} is not empty and was not made by Briefing (it has no {MarkerFileName} file): "
                    + "not replacing or deleting it. Choose another --out, or an empty or new folder; "
                    + "if it is an output of an older Briefing, delete it yourself once.";
            }
        }

        return null;
    }

    /// <summary>
    /// Removes the output and any staging folders a killed build left, and nothing else.
    /// Returns the folders removed.
    /// </summary>
    /// <exception cref="OutputFolderRefusedException">A folder is not Briefing's; nothing was removed.</exception>
    public IReadOnlyList<string> Remove()
    {
        EnsureOurs();
        var removed = new List<string>();
        foreach (var folder in new[] { _output, StagingDirectory, PreviousDirectory })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
                removed.Add(folder);
            }
        }

        return removed;
    }

    /// <summary>True when a folder holds nothing, or holds the marker the writer puts in every folder it makes.</summary>
    private static bool IsOurs(string folder) =>
        File.Exists(Path.Combine(folder, MarkerFileName)) || !Directory.EnumerateFileSystemEntries(folder).Any();

    private void EnsureOurs()
    {
        if (Refusal() is { } refusal)
        {
            throw new OutputFolderRefusedException(refusal);
        }
    }
}
