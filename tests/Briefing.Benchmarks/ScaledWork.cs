namespace Briefing.Benchmarks;

/// <summary>A temporary folder holding content at one scale and the output built from it; deleted when disposed.</summary>
internal sealed class ScaledWork : IDisposable
{
    private readonly string _root;

    public ScaledWork(BenchmarkSettings settings, int scale)
    {
        _root = Directory.CreateTempSubdirectory($"briefing-bench-{scale}x-").FullName;
        Content = Path.Combine(_root, "content");
        Output = Path.Combine(_root, "output");
        Files = SyntheticContent.Write(settings.ContentDirectory, Content, scale);
        Arguments = ["--content", Content, "--templates", settings.TemplatesDirectory];
    }

    public string Root => _root;

    public string Content { get; }

    public string Output { get; }

    public int Files { get; }

    public IReadOnlyList<string> Arguments { get; }

    /// <summary>The HTML pages of the last site built into <see cref="Output"/>.</summary>
    public int SitePages() => HtmlFiles(Path.Combine(Output, "site"));

    public static int HtmlFiles(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Count() : 0;

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
