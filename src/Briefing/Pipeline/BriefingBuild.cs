using System.Diagnostics;
using Briefing.Core.Diagnostics;
using Briefing.Core.Loading;
using Briefing.Core.Loading.Documents;
using Briefing.Core.Loading.Yaml;
using Briefing.Core.Model;
using Briefing.Core.Output;
using Briefing.Pdf;
using Briefing.Site;
using Briefing.Site.Templates;

namespace Briefing.Pipeline;

/// <summary>
/// The pipeline as one object that can run again: load → validate → model → render site and
/// PDF. It keeps parsed content files and compiled templates between runs, so `serve`
/// redoes only what an edit touched. Rendering is pure; writing is the caller's.
/// </summary>
internal sealed class BriefingBuild(string contentDirectory, string templatesDirectory, BuildRequest request)
{
    private readonly DocumentCache _cache = new();
    private readonly TemplateCache _templates = new(Path.Combine(templatesDirectory, TemplateConventions.SiteFolderName));

    /// <summary>Runs every stage the request asks for.</summary>
    /// <param name="strict">Warnings stop the build like errors.</param>
    /// <param name="token">Checked between stages: an interrupted build stops before the next one and writes nothing.</param>
    /// <param name="starting">Told the name of each stage as it starts, for a live progress display.</param>
    public BuildResult Run(bool strict, Action<string>? starting = null, CancellationToken token = default)
    {
        var stages = new List<StageTiming>();
        var outcome = ContentStages.Run(contentDirectory, _cache, stages, starting);
        var diagnostics = outcome.Diagnostics.ToList();
        BuildResult Stopped() => new(outcome.Model, null, diagnostics, stages);
        if (outcome.Model is not { } model || DiagnosticCounts.Fail(diagnostics, strict))
        {
            return Stopped();
        }

        var files = new List<OutputFile>();
        var pdfName = PdfFileName(model);
        if (request.Site)
        {
            token.ThrowIfCancellationRequested();
            starting?.Invoke("site");
            try
            {
                var (site, stage) = Timed("site", () => Site(model, pdfName), f => $"{f.Count} files");
                stages.Add(stage);
                files.AddRange(site.Select(OutputLayout.InSite));
            }
            catch (SiteTemplateException e)
            {
                diagnostics.Add(TemplateDiagnostics.From(e, Path.Combine(templatesDirectory, TemplateConventions.SiteFolderName)));
                return Stopped();
            }
        }

        if (request.Pdf)
        {
            token.ThrowIfCancellationRequested();
            starting?.Invoke("pdf");
            var (pdf, stage) = RenderPdf(model, diagnostics);
            stages.Add(stage);
            files.Add(pdf);
            if (request.Site)
            {
                // The site links to its own copy, so the folder can be published or zipped as is.
                files.Add(OutputLayout.InSite(pdf));
            }
        }

        // Rendering can warn too (a missing font): under --strict that stops the build as well.
        return DiagnosticCounts.Fail(diagnostics, strict)
            ? Stopped()
            : new BuildResult(model, [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)], diagnostics, stages);
    }

    /// <summary>
    /// Renders the PDF briefing as a timed stage, also when `serve` renders it after publishing the site;
    /// its warnings (missing fonts or glyphs) join the diagnostics.
    /// </summary>
    public (OutputFile Pdf, StageTiming Stage) RenderPdf(BriefingModel model, List<Diagnostic> diagnostics) =>
        Timed("pdf", () => Pdf(model, diagnostics), f => $"{f.Content.Length / 1024} KiB, {f.Path}");

    /// <summary>The paper asked for, and the project's own fonts (templates/fonts/) when it has them.</summary>
    internal PdfOptions PdfOptions()
    {
        var fonts = Path.Combine(templatesDirectory, "fonts");
        return new PdfOptions(request.Paper == "letter" ? PaperSize.Letter : PaperSize.A4)
        {
            FontFolders = Directory.Exists(fonts) ? [fonts] : [],
        };
    }

    private OutputFile Pdf(BriefingModel model, List<Diagnostic> diagnostics)
    {
        var result = BriefingPdf.Render(model, PdfOptions());
        var name = PdfFileName(model);
        diagnostics.AddRange(result.Warnings.Select(w => w.MissingFontFamily is { } family
            ? new Diagnostic(Severity.Warning, DiagnosticCodes.PdfWarning, ThemeFontSpan(family), w.Message,
                "install the font, put its .ttf files in templates/fonts/, or name an installed one here")
            : new Diagnostic(Severity.Warning, DiagnosticCodes.PdfWarning, new SourceSpan(name, 0, 0), w.Message,
                "install a font that has these characters (see README)")));
        return new OutputFile(name, result.Bytes);
    }

    // A missing font is the theme's doing: point at the line of briefing.yaml that names it. The file is
    // read through the cache, so this costs nothing after the load stage.
    private SourceSpan ThemeFontSpan(string family)
    {
        var path = Path.Combine(contentDirectory, "briefing.yaml");
        var theme = new ContentReader(YamlLimits.Default, _cache).ReadFile<BriefingDocument>(path, new DiagnosticBag())?.Theme;
        return theme is null ? new SourceSpan(path, 1, 1)
            : theme.BodyFont == family ? theme.SpanOf(nameof(theme.BodyFont))
            : theme.HeadingFont == family ? theme.SpanOf(nameof(theme.HeadingFont))
            : theme.Span;
    }

    /// <summary>The PDF's name carries the edition, so sent copies of different editions never clash.</summary>
    public static string PdfFileName(BriefingModel model) => $"briefing-{model.Info.Edition.ToIso()}.pdf";

    private IReadOnlyList<OutputFile> Site(BriefingModel model, string pdfName) =>
        _templates.Renderer().Render(model, new SiteOptions(pdfName) { BaseUrl = request.BaseUrl });

    private static (T Result, StageTiming Stage) Timed<T>(string name, Func<T> work, Func<T, string> describe)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        return (result, new StageTiming(name, clock.ElapsedMilliseconds, describe(result)));
    }
}
