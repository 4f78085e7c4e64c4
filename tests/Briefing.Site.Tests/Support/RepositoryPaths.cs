namespace Briefing.Site.Tests.Support;

/// <summary>Folders of the checkout the tests read: the real templates, the npm tools, the content.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SiteTemplates => Path.Combine(Root, "templates", "site");

    public static string Tools => Path.Combine(Root, "tests", "Briefing.Site.Tests", "tools");

    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Briefing.sln not found above " + AppContext.BaseDirectory);
    }
}
