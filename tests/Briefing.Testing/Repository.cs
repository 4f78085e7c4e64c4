namespace Briefing.Testing;

/// <summary>The checkout the tests run in (the folder holding Briefing.sln) and the shared folder beside it.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared beside the checkout, as in CI: seeds and conformance suites.</summary>
    public static string SharedDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string ContentDirectory => Path.Combine(Root, "content");

    public static string TemplatesDirectory => Path.Combine(Root, "templates");

    /// <summary>A temporary folder holding a copy of content/ at <c>content/</c>; the caller deletes it.</summary>
    public static string CopyContent()
    {
        var root = Directory.CreateTempSubdirectory("briefing-test-").FullName;
        CopyFolder(ContentDirectory, Path.Combine(root, "content"));
        return root;
    }

    /// <summary>Copies the repository's templates to <c>templates/</c> under <paramref name="root"/>; returns that folder.</summary>
    public static string CopyTemplatesTo(string root)
    {
        var templates = Path.Combine(root, "templates");
        CopyFolder(TemplatesDirectory, templates);
        return templates;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Briefing.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Briefing.sln not found above " + AppContext.BaseDirectory);
    }
}
