using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using System.Text;
using Briefing.Core.Model;
using Briefing.Core.Output;
using Briefing.Site.Output;
using Briefing.Site.Pages;
using Briefing.Site.Templates;
using Briefing.Site.Templates.Scriban;
using Briefing.Site.Styling;
using Briefing.Site.Views;

namespace Briefing.Site;

/// <summary>
/// Renders a briefing as a static HTML site. Pure: it returns the files in memory and the
/// caller writes them (to <c>output/site/</c>). Templates are read and compiled once, when the
/// renderer is made, and reused for every render.
/// </summary>
public sealed class SiteRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    [SuppressMessage("Performance", "CA1859", Justification = "The seam a template engine change goes through; one call per page.")]
    private readonly ISiteTemplates _templates;
    private readonly IReadOnlyList<OutputFile> _assets;

    /// <summary>Reads and compiles the site templates.</summary>
    /// <param name="templatesDirectory">The site's template folder, e.g. <c>templates/site</c>: layout.sbnhtml, pages/, partials/, assets/.</param>
    /// <exception cref="SiteTemplateException">A template does not parse; the message names file, line and column.</exception>
    public SiteRenderer(string templatesDirectory)
    {
        _templates = ScribanTemplateSet.Load(templatesDirectory);
        _assets = StaticAssets.Load(templatesDirectory);
    }

    /// <summary>Every file of the site: pages, assets, theme stylesheet and sitemap, sorted by path.</summary>
    /// <exception cref="SiteTemplateException">A template names a value its page does not have, or runs past a limit.</exception>
    /// <exception cref="ArgumentException">The options are not usable (see <see cref="SiteOptions"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public IReadOnlyList<OutputFile> Render(BriefingModel model, SiteOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        Validate(options);

        var pages = SitePages.All(model, options);
        var files = new List<OutputFile>(_assets)
        {
            new(ThemeStylesheet.Path, Utf8.GetBytes(ThemeStylesheet.Build(model.Info.Theme))),
            new(SitePaths.Sitemap, SitemapBuilder.Build(
                pages.Select(p => p.Path).Where(p => p != SitePaths.NotFound), options.BaseUrl, model.Info.Edition)),
        };
        files.AddRange(RenderAll(pages, cancellation));
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Renders the pages in parallel, each with its own template context (the parsed templates and
    /// functions are shared and only read), into their own slots, so the result does not depend on
    /// which worker finished first. A failing page does not stop the others: the first failing page
    /// in page order is reported, as a build one page at a time would report it.
    /// </summary>
    private List<OutputFile> RenderAll(IReadOnlyList<SitePage> pages, CancellationToken cancellation)
    {
        var files = new OutputFile[pages.Count];
        var failures = new Exception?[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            try
            {
                cancellation.ThrowIfCancellationRequested();
                files[i] = new OutputFile(pages[i].Path, Utf8.GetBytes(RenderPage(pages[i], cancellation)));
            }
            catch (Exception e)
            {
                // Kept, not thrown: Parallel.For would wrap it in an AggregateException and stop at whichever page failed first in time.
                failures[i] = e;
            }
        });

        cancellation.ThrowIfCancellationRequested();
        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        return [.. files];
    }

    private string RenderPage(SitePage page, CancellationToken cancellation)
    {
        var body = _templates.RenderPage(page.Template, page.BuildView(), cancellation);
        return _templates.RenderLayout(new LayoutView(page.Frame, new TrustedHtml(body)), cancellation);
    }

    private static void Validate(SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var name = options.PdfFileName;
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(['/', '\\']) >= 0 || name is "." or "..")
        {
            throw new ArgumentException($"PdfFileName must be a plain file name, got '{name}'.", nameof(options));
        }

        if (options.BaseUrl is { } baseUrl
            && (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp)
                || !baseUrl.AbsolutePath.EndsWith('/')))
        {
            throw new ArgumentException($"BaseUrl must be an absolute http(s) URL ending in '/', got '{baseUrl}'.", nameof(options));
        }
    }
}
