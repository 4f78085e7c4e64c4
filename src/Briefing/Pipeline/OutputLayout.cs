using Briefing.Core.Output;

namespace Briefing.Pipeline;

/// <summary>
/// Where the products sit in the output folder: the site under <c>site/</c>, the PDF at the
/// top and a copy inside the site, so the site folder can be published as it is.
/// </summary>
internal static class OutputLayout
{
    public const string SiteFolder = "site/";

    public static OutputFile InSite(OutputFile file) => file with { Path = SiteFolder + file.Path };

    public static bool IsInSite(string path) => path.StartsWith(SiteFolder, StringComparison.Ordinal);

    /// <summary>The path inside the site of a file under <c>site/</c>.</summary>
    public static string SitePath(string path) => path[SiteFolder.Length..];

    public static bool IsPdf(string path) => path.EndsWith(".pdf", StringComparison.Ordinal);
}
