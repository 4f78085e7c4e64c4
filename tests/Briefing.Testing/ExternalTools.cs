namespace Briefing.Testing;

/// <summary>
/// Where the programs the tests drive are found: Chromium, Java with the Nu checker (vnu.jar), axe-core,
/// poppler's pdftotext, pdfinfo and pdffonts, and qpdf. The npm tools live in
/// <c>tests/Briefing.Site.Tests/tools/node_modules</c>; any other name is looked up on PATH.
/// </summary>
public static class ExternalTools
{
    public const string ChromiumTool = "chromium";
    public const string JavaTool = "java";
    public const string VnuTool = "vnu.jar";
    public const string AxeTool = "axe-core";
    public const string PdfToTextTool = "pdftotext";
    public const string PdfInfoTool = "pdfinfo";
    public const string PdfFontsTool = "pdffonts";
    public const string QpdfTool = "qpdf";

    /// <summary>A tool that reads a product back runs this long at most: a hung one fails its test instead of the run.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static string NpmTools => Path.Combine(Repository.Root, "tests", "Briefing.Site.Tests", "tools", "node_modules");

    /// <summary>The path of <paramref name="tool"/>, or null when it is not installed.</summary>
    public static string? Find(string tool) => tool switch
    {
        ChromiumTool => FirstFile(Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser")
            ?? OnPath("chromium") ?? OnPath("chromium-browser") ?? OnPath("google-chrome"),
        JavaTool => FirstFile(Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } home ? Path.Combine(home, "bin", "java") : null)
            ?? OnPath("java"),
        VnuTool => FirstFile(Path.Combine(NpmTools, "vnu-jar", "build", "dist", "vnu.jar")),
        AxeTool => FirstFile(Path.Combine(NpmTools, "axe-core", "axe.min.js")),
        _ => OnPath(tool),
    };

    /// <summary>What is missing of <paramref name="tools"/>, with how to install it, or null when all are there.</summary>
    public static string? Missing(IEnumerable<string> tools) =>
        tools.FirstOrDefault(tool => Find(tool) is null) is { } missing ? $"{missing} not found; {InstallAdvice(missing)}" : null;

    /// <summary>The path of <paramref name="tool"/>; throws with install advice when it is missing (the CI=true case).</summary>
    public static string Require(string tool) =>
        Find(tool) ?? throw new InvalidOperationException($"{tool} not found; {InstallAdvice(tool)} CI=true requires it.");

    /// <summary>Runs <paramref name="tool"/> to completion within <see cref="Timeout"/>.</summary>
    public static ProcessResult Run(string tool, params string[] arguments) => TestProcess.Run(Require(tool), arguments, Timeout);

    public static string InstallAdvice(string tool) => tool switch
    {
        ChromiumTool => "install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.",
        JavaTool => "install a Java runtime (Debian: apt-get install default-jre-headless) or set JAVA_HOME.",
        VnuTool or AxeTool => "run (cd tests/Briefing.Site.Tests/tools && npm ci --ignore-scripts --no-audit --no-fund).",
        QpdfTool => "install qpdf (Debian: apt-get install qpdf).",
        PdfToTextTool or PdfInfoTool or PdfFontsTool => "install poppler-utils (Debian: apt-get install poppler-utils).",
        _ => "install it and put it on PATH.",
    };

    private static string? FirstFile(params string?[] paths) =>
        paths.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
