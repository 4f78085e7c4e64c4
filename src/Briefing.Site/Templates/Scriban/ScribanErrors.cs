using Briefing.Core.Loading.Binding;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Briefing.Site.Templates.Scriban;

/// <summary>Scriban's errors as <see cref="SiteTemplateException"/>s, at the position Scriban's own source spans give.</summary>
internal static class ScribanErrors
{
    private const string GeneralHint = "templates/README.md lists every value, member and function a template can use";

    public static SiteTemplateException FromParse(LogMessage message) =>
        new(Position(message.Span), $"the template does not parse: {message.Message}",
            "check that every 'if', 'for' and 'while' has its 'end', and that each {{ has its }}");

    public static SiteTemplateException FromRuntime(ScriptRuntimeException error, MissingName? missing)
    {
        var position = Position(error.Span);
        if (missing is not null && Position(missing.Span) == position)
        {
            return new SiteTemplateException(
                position,
                $"'{missing.Name}' is not a {missing.What} here",
                Hint(missing),
                error);
        }

        return new SiteTemplateException(position, WithoutParameterSuffix(error.OriginalMessage), GeneralHint, error);
    }

    // A close name anywhere is the likeliest fix; with none, the view's own values say what there is to print.
    private static string Hint(MissingName missing)
    {
        var closest = Suggestions.Closest(missing.Name, [.. missing.Values, .. missing.Functions]);
        return closest.Count > 0 ? Suggestions.DidYouMean(closest) : Suggestions.Hint(missing.Name, missing.Values, "the values here");
    }

    /// <summary>Scriban spans count from 0; editors and diagnostics from 1.</summary>
    private static TemplatePosition Position(SourceSpan span) =>
        new(span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1);

    // A helper's ArgumentException reaches Scriban as its Message, which .NET ends with " (Parameter 'x')":
    // the position already points at that argument.
    private static string WithoutParameterSuffix(string message)
    {
        var suffix = message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        return suffix > 0 && message.EndsWith("')", StringComparison.Ordinal) ? message[..suffix] : message;
    }
}
