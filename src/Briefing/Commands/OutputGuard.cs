using Briefing.Core.Output;

namespace Briefing.Commands;

/// <summary>
/// Checks, before anything is read or written, that the output folder is one Briefing may
/// replace or delete: not the content, the templates, the project, a repository or the
/// current folder (nor inside or around them), and not a folder of someone's own files.
/// </summary>
internal static class OutputGuard
{
    /// <summary>Throws a <see cref="UsageException"/> saying why the output folder may not be used.</summary>
    public static void Check(RunSettings settings)
    {
        var output = settings.OutputDirectory;
        foreach (var (folder, what) in new[] { (settings.ContentDirectory, "the content folder"), (settings.TemplatesDirectory, "the templates folder") })
        {
            var relation = Same(output, folder) ? "is" : Inside(output, folder) ? "is inside" : Inside(folder, output) ? "contains" : null;
            if (relation is not null)
            {
                throw Refuse(settings, $"{relation} {what} ({ProjectRoot.Display(folder)})");
            }
        }

        foreach (var (folder, what) in Protected(settings))
        {
            if (Same(output, folder) || Inside(folder, output))
            {
                throw Refuse(settings, $"{(Same(output, folder) ? "is" : "contains")} {what} ({folder})");
            }
        }

        if (new OutputWriter(output).Refusal() is { } refusal)
        {
            throw new UsageException(refusal);
        }
    }

    private static UsageException Refuse(RunSettings settings, string why) =>
        new($"--out {ProjectRoot.Display(settings.OutputDirectory)} {why}: Briefing replaces its output folder whole, "
            + "so it must be a folder of its own; choose another, e.g. --out output");

    /// <summary>Folders an output may never be or hold: the project, any repository around the content or here, and the working folder.</summary>
    private static IEnumerable<(string Folder, string What)> Protected(RunSettings settings)
    {
        var here = Directory.GetCurrentDirectory();
        yield return (here, "the current folder");
        var project = ProjectRoot.Find();
        if (File.Exists(Path.Combine(project, "Briefing.sln")))
        {
            yield return (project, "the project folder");
        }

        foreach (var start in new[] { here, settings.ContentDirectory, settings.TemplatesDirectory })
        {
            if (RepositoryRoot(start) is { } repository)
            {
                yield return (repository, "a repository's root");
            }
        }
    }

    private static string? RepositoryRoot(string start)
    {
        for (var current = new DirectoryInfo(start); current is not null; current = current.Parent)
        {
            if (Path.Exists(Path.Combine(current.FullName, ".git")))
            {
                return current.FullName;
            }
        }

        return null;
    }

    private static StringComparison Comparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static string Normal(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool Same(string a, string b) => string.Equals(Normal(a), Normal(b), Comparison);

    /// <summary>True when <paramref name="inner"/> lies strictly inside <paramref name="outer"/>.</summary>
    private static bool Inside(string inner, string outer)
    {
        var root = Normal(outer);
        return Normal(inner).StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, Comparison);
    }
}
