using Briefing.Site.Views;

namespace Briefing.Site.Templates;

/// <summary>
/// The site's templates as the renderer uses them, whatever engine draws them: the one seam an
/// engine change goes through (today <see cref="Scriban.ScribanTemplateSet"/>).
/// </summary>
internal interface ISiteTemplates
{
    /// <summary>Page template names, e.g. <c>home</c>, <c>deal</c>.</summary>
    IReadOnlyCollection<string> PageNames { get; }

    /// <summary>Renders a page template's body with its view.</summary>
    /// <exception cref="SiteTemplateException">The template names something the view lacks, or runs past a limit.</exception>
    string RenderPage(string name, object view, CancellationToken cancellation);

    /// <summary>Wraps a rendered body in the layout.</summary>
    string RenderLayout(LayoutView view, CancellationToken cancellation);
}
