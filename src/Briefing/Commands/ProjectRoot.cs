namespace Briefing.Commands;

/// <summary>
/// Finds the project folder (the one holding content/ and templates/) from the working
/// directory upwards, so `dotnet run --project src/Briefing` works from anywhere inside it.
/// </summary>
internal static class ProjectRoot
{
    public static string Find()
    {
        var directory = new DirectoryInfo(Directory.GetCurrentDirectory());
        for (var current = directory; current is not null; current = current.Parent)
        {
            if (Directory.Exists(Path.Combine(current.FullName, "content")) && File.Exists(Path.Combine(current.FullName, "Briefing.sln")))
            {
                return current.FullName;
            }
        }

        return directory.FullName;
    }

    /// <summary>A path as the analyst should see it: relative to the working directory when inside it.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
