using Briefing.Site.Templates;
using Briefing.Site.Templates.Scriban;

namespace Briefing.Site.Tests.Templates;

/// <summary>Parses one template string, with any partials, with the site's Scriban setup and renders it.</summary>
internal static class Render
{
    public static string Template(string template, object view, params (string Name, string Text)[] partials) =>
        Set(template, partials).RenderPage("test", view, CancellationToken.None);

    public static ScribanTemplateSet Set(string template, params (string Name, string Text)[] partials) =>
        ScribanTemplateSet.FromSources(
            new TemplateSource("layout", "layout.sbnhtml", "{{ body }}"),
            [new TemplateSource("test", "pages/test.sbnhtml", template)],
            partials.Select(p => new TemplateSource(p.Name, $"partials/{p.Name}.sbnhtml", p.Text)));
}
