namespace Briefing.Site.Tests.Support;

/// <summary>
/// The programs the checker tests drive: Chromium, Java (for vnu.jar) and the npm tools in
/// <c>tools/node_modules</c>. Locally a missing one skips its tests; with CI=true it fails them,
/// so CI cannot go green by not checking.
/// </summary>
internal static class ExternalTools
{
    public const string ChromiumTool = "chromium";
    public const string JavaTool = "java";
    public const string VnuTool = "vnu.jar";
    public const string AxeTool = "axe-core";
    public const string PdfToTextTool = "pdftotext";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Chromium =>
        FirstExisting(Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser")
        ?? OnPath("chromium") ?? OnPath("chromium-browser") ?? OnPath("google-chrome");

    public static string? Java => FirstExisting(
        Environment.GetEnvironmentVariable("JAVA_HOME") is { } home ? Path.Combine(home, "bin", "java") : null) ?? OnPath("java");

    public static string? PdfToText => FirstExisting("/usr/bin/pdftotext") ?? OnPath("pdftotext");

    public static string? VnuJar => FirstExisting(Path.Combine(RepositoryPaths.Tools, "node_modules", "vnu-jar", "build", "dist", "vnu.jar"));

    public static string? AxeScript => FirstExisting(Path.Combine(RepositoryPaths.Tools, "node_modules", "axe-core", "axe.min.js"));

    /// <summary>The first of the named tools that is missing, or null when all are there.</summary>
    public static string? FirstMissing(IEnumerable<string> tools) => tools.FirstOrDefault(tool => tool switch
    {
        ChromiumTool => Chromium is null,
        JavaTool => Java is null,
        VnuTool => VnuJar is null,
        AxeTool => AxeScript is null,
        PdfToTextTool => PdfToText is null,
        _ => throw new ArgumentException($"Unknown tool {tool}", nameof(tools)),
    });

    /// <summary>The path of a tool; throws with install advice when it is missing (the CI=true case).</summary>
    public static string Require(string tool) => tool switch
    {
        ChromiumTool => Chromium,
        JavaTool => Java,
        VnuTool => VnuJar,
        AxeTool => AxeScript,
        PdfToTextTool => PdfToText,
        _ => null,
    } ?? throw new InvalidOperationException($"{tool} is missing. {InstallAdvice}");

    public const string InstallAdvice =
        "Install: apt-get install -y chromium default-jre-headless poppler-utils; npm ci --prefix tests/Briefing.Site.Tests/tools.";

    private static string? FirstExisting(params string?[] paths) =>
        paths.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
