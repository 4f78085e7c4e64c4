using Briefing.Core.Diagnostics;
using Briefing.Site;
using Briefing.Site.Templates;

namespace Briefing.Pipeline;

/// <summary>A broken template reported like a content problem: file, line and column, what is wrong, what to do.</summary>
internal static class TemplateDiagnostics
{
    private const string GeneralHint = "fix the template; templates/README.md lists every value and function a template can use";

    public static Diagnostic From(SiteTemplateException e, string siteTemplatesDirectory)
    {
        var span = e.Position is { } p ? new SourceSpan(p.File, p.Line, p.Column) : new SourceSpan(siteTemplatesDirectory, 0, 0);
        var problem = e.Position is null && !TemplateConventions.HoldsLayout(siteTemplatesDirectory)
                && TemplateConventions.HandlebarsLeftIn(siteTemplatesDirectory, siteTemplatesDirectory) is null
            // The renderer's own wording names its folder, not the --templates root the analyst passes.
            ? $"{TemplateConventions.LayoutFileName} is missing: the templates root (--templates) must contain "
                + $"{TemplateConventions.SiteFolderName}/{TemplateConventions.LayoutFileName}"
            : e.Problem;
        return new Diagnostic(Severity.Error, DiagnosticCodes.TemplateError, span, problem, e.Hint ?? GeneralHint);
    }
}
