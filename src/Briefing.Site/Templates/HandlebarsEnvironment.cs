using Briefing.Site.Templates.Helpers;
using HandlebarsDotNet;

namespace Briefing.Site.Templates;

/// <summary>One configured Handlebars instance: strict bindings, HTML escaping, the site's helpers.</summary>
internal static class HandlebarsEnvironment
{
    public static IHandlebars Create()
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            // A misspelt value must fail the build, not quietly print nothing.
            ThrowOnUnresolvedBindingExpression = true,
        });
        DateHelpers.Register(handlebars);
        FigureHelpers.Register(handlebars);
        TextHelpers.Register(handlebars);
        LinkHelpers.Register(handlebars);
        MarkdownHelpers.Register(handlebars);
        return handlebars;
    }
}
