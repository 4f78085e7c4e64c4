using Briefing.Core.Diagnostics;
using Briefing.Site;

namespace Briefing.Pipeline;

/// <summary>A broken template reported like a content problem: file, line, what is wrong.</summary>
internal static class TemplateDiagnostics
{
    public static Diagnostic From(SiteTemplateException e, string templatesDirectory)
    {
        var file = e.TemplateFile is null ? templatesDirectory : Path.Combine(templatesDirectory, e.TemplateFile);
        var problem = e.TemplateFile is not null ? e.Message[(e.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..]
            : !File.Exists(Path.Combine(templatesDirectory, "layout.hbs"))
                // The renderer's own wording names its folder, not the --templates root the analyst passes.
                ? "layout.hbs is missing: the templates root (--templates) must contain site/layout.hbs"
                : e.Message;
        return new Diagnostic(Severity.Error, DiagnosticCodes.TemplateError, new SourceSpan(file, e.Line ?? 0, e.Line is null ? 0 : 1), problem,
            "fix the template; templates/README.md lists every value and helper a template can use");
    }
}
