using System.Diagnostics;
using Briefing.Core.Diagnostics;
using Briefing.Core.Loading;
using Briefing.Core.Model;
using Briefing.Core.Output;
using Briefing.Layout;
using Briefing.Layout.Fonts;
using Briefing.Layout.PdfSharp;
using Briefing.Pdf;
using Briefing.Site;
using Briefing.Site.Templates;

namespace Briefing.Pipeline;

/// <summary>
/// The pipeline as one object that can run again: load → validate → model → render site and
/// PDF. It keeps parsed content files and compiled templates between runs, so `serve`
/// redoes only what an edit touched. Rendering is pure; writing is the caller's. It owns the
/// fonts the PDF found and loaded: they are kept between runs, and a font file added or
/// replaced since is picked up by the next run.
/// </summary>
internal sealed class BriefingBuild(string contentDirectory, string templatesDirectory, BuildRequest request, string? archive = null)
{
    // The PDF backend: the composition root is the one place that names PDFsharp.
    private static readonly IPdfWriter PdfWriter = new PdfSharpWriter();

    private readonly DocumentCache _cache = new();
    private readonly TemplateCache _templates = new(Path.Combine(templatesDirectory, TemplateConventions.SiteFolderName));
    private readonly FontLibrary _fonts = new();

    // Where the last run's briefing.yaml named its fonts, for warnings the PDF stage gives later.
    private SourceMap _sources = SourceMap.Empty;

    /// <summary>Runs every stage the request asks for.</summary>
    /// <param name="strict">Warnings stop the build like errors.</param>
    /// <param name="token">Checked between stages: an interrupted build stops before the next one and writes nothing.</param>
    /// <param name="starting">Told the name of each stage as it starts, for a live progress display.</param>
    public BuildResult Run(bool strict, Action<string>? starting = null, CancellationToken token = default)
    {
        var stages = new List<StageTiming>();
        var outcome = ContentStages.Run(contentDirectory, _cache, stages, starting, archive);
        _sources = outcome.Sources;
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
            Fonts = _fonts,
        };
    }

    private OutputFile Pdf(BriefingModel model, List<Diagnostic> diagnostics)
    {
        var result = BriefingPdf.Render(model, PdfOptions(), PdfWriter);
        var name = PdfFileName(model);
        diagnostics.AddRange(result.Warnings.Select(w => w.MissingFontFamily is { } family
            ? new Diagnostic(Severity.Warning, DiagnosticCodes.PdfWarning, _sources.FontFamily(family), w.Message,
                "install the font, put its .ttf files in templates/fonts/, or name an installed one here")
            : new Diagnostic(Severity.Warning, DiagnosticCodes.PdfWarning, new SourceSpan(name, 0, 0), w.Message,
                "install a font that has these characters (see README)")));
        return new OutputFile(name, result.Bytes);
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
