namespace Briefing.Site.Tests.Support;

/// <summary>Folders of the checkout the tests read: the real templates, the npm tools, the content.</summary>
internal static class RepositoryPaths
{
    public static string Root => Briefing.Testing.Repository.Root;

    public static string SiteTemplates => Path.Combine(Root, "templates", "site");

    public static string Tools => Path.Combine(Root, "tests", "Briefing.Site.Tests", "tools");

    public static string Content => Briefing.Testing.Repository.ContentDirectory;
}
