using Briefing.Site.Templates;

namespace Briefing.Site.Tests.Templates;

/// <summary>Compiles one template string with the site's Handlebars setup and renders it.</summary>
internal static class Render
{
    private static readonly HandlebarsDotNet.IHandlebars Handlebars = HandlebarsEnvironment.Create();

    public static string Template(string template, object view) => Handlebars.Compile(template)(view);
}
