namespace Briefing.Pdf.Tests.Support;

/// <summary>Finds the repository root (holding Briefing.sln), its content folder and the shared folder beside it.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared beside the checkout, as in CI.</summary>
    public static string SharedDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string ContentDirectory => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Briefing.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("tests run inside the repository");
    }
}
