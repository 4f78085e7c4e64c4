using Briefing.Core.Output;

namespace Briefing.Site.Output;

/// <summary>The theme's fixed files (stylesheet, script, icon) under <c>assets/</c>, read once.</summary>
internal static class StaticAssets
{
    public static IReadOnlyList<OutputFile> Load(string templatesDirectory)
    {
        var directory = Path.Combine(templatesDirectory, "assets");
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new OutputFile(
                "assets/" + Path.GetRelativePath(directory, f).Replace('\\', '/'),
                File.ReadAllBytes(f)))];
    }
}
