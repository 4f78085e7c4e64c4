using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Briefing.Site.Templates.Scriban;

/// <summary>
/// <c>{{ partial "fact" fact }}</c>: renders <c>partials/fact.sbnhtml</c> with the value's
/// properties as its variables, as a page sees its view's (a list is seen as <c>items</c>).
/// The output is trusted HTML: the partial escaped what it printed.
/// </summary>
internal sealed class PartialFunction(IReadOnlyDictionary<string, Template> partials)
{
    /// <summary>The name a partial called with a list sees it by.</summary>
    public const string ListName = "items";

    public const string Name = "partial";

    public TrustedHtml Render(TemplateContext context, SourceSpan span, string name, object? value)
    {
        if (!partials.TryGetValue(name, out var template))
        {
            var known = partials.Count == 0 ? "there are none" : "known: " + string.Join(", ", partials.Keys.Order(StringComparer.Ordinal));
            throw new ScriptRuntimeException(span, $"there is no partial '{name}' (partials/{name}{TemplateConventions.Extension}); {known}");
        }

        if (value is string or ValueType)
        {
            throw new ScriptRuntimeException(span, $"partial '{name}' needs an object or a list to show, got the {value.GetType().Name} value '{value}'");
        }

        var site = (SiteTemplateContext)context;
        return new TrustedHtml(site.RenderIsolated(template, site.ScopeOf(value)));
    }
}
