namespace Briefing.Core.Output;

/// <summary>
/// The only code that writes the products to disk. A build is written whole into a staging
/// folder beside the output and swapped in by two renames, so a failed or interrupted build
/// never leaves a half-written site or PDF where the analyst looks: the previous output stays
/// byte-identical until the new one is complete.
/// </summary>
public sealed class OutputWriter(string outputDirectory)
{
    private readonly string _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>Called before each file is written; tests inject faults here.</summary>
    public Action<OutputFile>? BeforeEachFile { get; init; }

    /// <summary>The folder a build is written into before the swap.</summary>
    public string StagingDirectory => Sibling("new");

    /// <summary>Where the previous output waits during the swap.</summary>
    public string PreviousDirectory => Sibling("old");

    /// <summary>
    /// Finishes or undoes what a killed run left behind. Returns a sentence for the analyst
    /// when something was recovered, else null.
    /// </summary>
    public string? Recover()
    {
        string? note = null;
        if (Directory.Exists(PreviousDirectory))
        {
            if (Directory.Exists(_output))
            {
                // Killed after the swap, before the clean-up: the new output is complete.
                Directory.Delete(PreviousDirectory, recursive: true);
            }
            else
            {
                // Killed between the two renames: put the previous output back.
                Directory.Move(PreviousDirectory, _output);
                note = "recovered the previous output after an interrupted build";
            }
        }

        if (Directory.Exists(StagingDirectory))
        {
            Directory.Delete(StagingDirectory, recursive: true);
        }

        return note;
    }

    /// <summary>Writes every file into staging, then swaps staging into place.</summary>
    /// <param name="files">The new output.</param>
    /// <param name="keep">
    /// Which files of the previous output to carry over when the new output does not replace
    /// them (relative paths with '/'): a build of only the site keeps the last PDF.
    /// </param>
    public void Write(IEnumerable<OutputFile> files, Func<string, bool>? keep = null)
    {
        Recover();
        var list = files.ToList();
        if (keep is not null)
        {
            list.AddRange(Previous(keep, list.Select(f => f.Path).ToHashSet(StringComparer.Ordinal)));
        }

        Directory.CreateDirectory(StagingDirectory);
        try
        {
            foreach (var file in list)
            {
                BeforeEachFile?.Invoke(file);
                var path = Resolve(StagingDirectory, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }
        }
        catch
        {
            Directory.Delete(StagingDirectory, recursive: true);
            throw;
        }

        Swap();
    }

    private List<OutputFile> Previous(Func<string, bool> keep, HashSet<string> replaced)
    {
        if (!Directory.Exists(_output))
        {
            return [];
        }

        return Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(_output, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => keep(path) && !replaced.Contains(path))
            .Order(StringComparer.Ordinal)
            .Select(path => new OutputFile(path, File.ReadAllBytes(Path.Combine(_output, path))))
            .ToList();
    }

    private void Swap()
    {
        if (Directory.Exists(_output))
        {
            Directory.Move(_output, PreviousDirectory);
        }

        Directory.Move(StagingDirectory, _output);
        if (Directory.Exists(PreviousDirectory))
        {
            Directory.Delete(PreviousDirectory, recursive: true);
        }
    }

    /// <summary>A relative output path inside <paramref name="root"/>; a renderer bug that escapes it throws.</summary>
    private static string Resolve(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (Path.IsPathRooted(relative) || !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"output path '{relative}' leaves the output folder");
        }

        return full;
    }

    private string Sibling(string suffix) =>
        Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}-{suffix}");
}
