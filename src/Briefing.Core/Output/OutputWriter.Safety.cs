namespace Briefing.Core.Output;

/// <summary>The writer's promise never to replace or remove a folder it did not make.</summary>
public sealed partial class OutputWriter
{
    private const string StagingPrefix = "new-";
    private const string PreviousSuffix = "old";
    private const string TrashPrefix = "trash-";

    /// <summary>
    /// Why the writer would refuse to replace or remove the output (or a staging, previous or
    /// trash folder beside it), or null when every one is absent, empty or marked as Briefing's.
    /// </summary>
    public string? Refusal()
    {
        foreach (var folder in Leftovers().Prepend(_output))
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
    /// The folders beside the output a run makes and removes (staging of any process, the
    /// previous output, trash), that exist now, in ordinal order.
    /// </summary>
    private List<string> Leftovers()
    {
        var parent = Path.GetDirectoryName(_output)!;
        var prefix = $".{Path.GetFileName(_output)}-";
        if (!Directory.Exists(parent))
        {
            return [];
        }

        return [.. Directory.EnumerateFileSystemEntries(parent, prefix + "*")
            .Where(path => IsLeftoverName(Path.GetFileName(path)[prefix.Length..]))
            .Order(StringComparer.Ordinal)];
    }

    private static bool IsLeftoverName(string suffix) =>
        suffix is PreviousSuffix or "new" // "new": the single staging name of Briefings before per-process staging
        || suffix.StartsWith(StagingPrefix, StringComparison.Ordinal) && IsNumbered(suffix[StagingPrefix.Length..])
        || suffix.StartsWith(TrashPrefix, StringComparison.Ordinal) && IsNumbered(suffix[TrashPrefix.Length..]);

    private bool IsTrash(string folder) => folder.StartsWith(Sibling(TrashPrefix), StringComparison.Ordinal);

    private static bool IsNumbered(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c == '-');

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

    private string Sibling(string suffix) =>
        Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}-{suffix}");
}
