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
    public void Write(IEnumerable<OutputFile> files)
    {
        Recover();
        Directory.CreateDirectory(StagingDirectory);
        try
        {
            foreach (var file in files)
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
