using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Core.Model;
using Briefing.Core.Output;

namespace Briefing.Site.Tests.Support;

/// <summary>A rendered site in memory, with each HTML page parsed by AngleSharp.</summary>
internal sealed class RenderedSite
{
    public const string PdfFileName = "briefing.pdf";
    private static readonly Lazy<SiteRenderer> SharedRenderer = new(() => new SiteRenderer(RepositoryPaths.SiteTemplates));
    private readonly Dictionary<string, IDocument> _documents = new(StringComparer.Ordinal);

    public RenderedSite(IReadOnlyList<OutputFile> files)
    {
        Files = files;
        var parser = new HtmlParser();
        foreach (var file in files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            _documents[file.Path] = parser.ParseDocument(Text(file.Path));
        }
    }

    /// <summary>The renderer over the real templates, compiled once for the whole test run.</summary>
    public static SiteRenderer Renderer => SharedRenderer.Value;

    public IReadOnlyList<OutputFile> Files { get; }

    public IReadOnlyCollection<string> Pages => _documents.Keys;

    public static RenderedSite Of(BriefingModel model, SiteOptions? options = null) =>
        new(Renderer.Render(model, options ?? new SiteOptions(PdfFileName)));

    public IDocument Page(string path) =>
        _documents.TryGetValue(path, out var document) ? document : throw new KeyNotFoundException($"No page {path}; pages: {string.Join(", ", Pages)}");

    public bool HasFile(string path) => Files.Any(f => f.Path == path);

    public string Text(string path) => Encoding.UTF8.GetString(Files.Single(f => f.Path == path).Content);

    /// <summary>Writes the site to a folder, as the CLI's writer would, for browsers and checkers.</summary>
    public void WriteTo(string directory)
    {
        foreach (var file in Files)
        {
            var target = Path.Combine(directory, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Content);
        }

        // The CLI copies the real PDF in; a placeholder keeps every link resolvable.
        File.WriteAllBytes(Path.Combine(directory, PdfFileName), "%PDF-1.7\n%%EOF\n"u8.ToArray());
    }
}
