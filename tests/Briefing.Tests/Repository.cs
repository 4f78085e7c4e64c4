namespace Briefing.Tests;

/// <summary>The repository root and throwaway copies of its content for commands that write.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>A temporary folder holding a copy of content/ at <c>content/</c>; delete it when done.</summary>
    public static string CopyContent()
    {
        var root = Directory.CreateTempSubdirectory("briefing-cli-").FullName;
        foreach (var file in Directory.EnumerateFiles(Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, "content", Path.GetRelativePath(Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return root;
    }

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Briefing.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("tests run inside the repository");
    }
}
