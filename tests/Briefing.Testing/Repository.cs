namespace Briefing.Testing;

/// <summary>The checkout the tests run in (the folder holding Briefing.sln), its content fixtures, and the shared folder beside it.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared beside the checkout, as in CI: seeds and conformance suites.</summary>
    public static string SharedDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string ContentDirectory => Path.Combine(Root, "content");

    public static string TemplatesDirectory => Path.Combine(Root, "templates");

    /// <summary>
    /// The small fictional briefing under tests/fixtures/: what command-line tests build, serve and edit, so an
    /// analyst's change to content/ never breaks a test of code. It passes <c>check</c> with no warnings.
    /// </summary>
    public const string MiniBriefing = "mini-briefing";

    /// <summary>The on-disk content fixtures: tests/fixtures/&lt;name&gt;/content.</summary>
    public static string FixturesDirectory => Path.Combine(Root, "tests", "fixtures");

    /// <summary>A fixture's content folder, to read in place (copy it with <see cref="CopyFixture"/> to change it).</summary>
    public static string FixtureContent(string name) => Path.Combine(FixturesDirectory, name, "content");

    /// <summary>A temporary folder holding a copy of content/ at <c>content/</c>; the caller deletes it.</summary>
    public static string CopyContent() => CopyToTemporary(ContentDirectory);

    /// <summary>
    /// A temporary folder holding a copy of the named fixture at <c>content/</c> (and its stored articles at <c>archive/</c>), with the repository's current
    /// content/schemas beside its files, as in content/, so their schema lines resolve; the caller deletes it.
    /// </summary>
    public static string CopyFixture(string name)
    {
        var root = CopyToTemporary(FixtureContent(name));
        CopyFolder(Path.Combine(ContentDirectory, "schemas"), Path.Combine(root, "content", "schemas"));
        // The stored articles its citations are checked against sit beside its content, as briefing.yaml says.
        var archive = Path.Combine(FixturesDirectory, name, "archive");
        if (Directory.Exists(archive))
        {
            CopyFolder(archive, Path.Combine(root, "archive"));
        }

        return root;
    }

    /// <summary>Copies the repository's templates to <c>templates/</c> under <paramref name="root"/>; returns that folder.</summary>
    public static string CopyTemplatesTo(string root)
    {
        var templates = Path.Combine(root, "templates");
        CopyFolder(TemplatesDirectory, templates);
        return templates;
    }

    private static string CopyToTemporary(string content)
    {
        var root = Directory.CreateTempSubdirectory("briefing-test-").FullName;
        CopyFolder(content, Path.Combine(root, "content"));
        return root;
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
