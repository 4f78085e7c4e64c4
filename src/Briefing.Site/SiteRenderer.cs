using System.Diagnostics.CodeAnalysis;
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
        files.AddRange(pages.Select(page => new OutputFile(page.Path, Utf8.GetBytes(RenderPage(page, cancellation)))));
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private string RenderPage(SitePage page, CancellationToken cancellation)
    {
        var body = _templates.RenderPage(page.Template, page.View, cancellation);
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
