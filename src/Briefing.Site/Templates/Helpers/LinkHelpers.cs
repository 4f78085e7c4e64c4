using Briefing.Core.Text;
using Briefing.Site.Text;
using Briefing.Site.Views;
using HandlebarsDotNet;

namespace Briefing.Site.Templates.Helpers;

/// <summary>
/// <c>{{url u}}</c> prints a URL for an href only if <see cref="UrlPolicy"/> allows it (http,
/// https, mailto, relative); anything else becomes "#", so a <c>javascript:</c> link is inert.
/// <c>{{cite citations}}</c> prints source numbers, each linked to the sources page: "[1][3]".
/// </summary>
internal static class LinkHelpers
{
    /// <summary>What a disallowed URL becomes: a link to nowhere.</summary>
    public const string Inert = "#";

    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("url", (writer, _, arguments) =>
        {
            HelperArguments.Expect("url", arguments, 1, 1);
            writer.WriteSafeString(Html.Escape(Allowed(arguments[0] as string)));
        });

        handlebars.RegisterHelper("cite", (writer, _, arguments) =>
        {
            HelperArguments.Expect("cite", arguments, 1, 1);
            var citations = HelperArguments.Get<IEnumerable<CitationView>>("cite", arguments, 0).ToList();
            if (citations.Count > 0)
            {
                writer.WriteSafeString(Citations(citations));
            }
        });
    }

    public static string Allowed(string? url) => UrlPolicy.IsAllowed(url) ? url!.Trim() : Inert;

    public static string Citations(IReadOnlyList<CitationView> citations)
    {
        var links = citations.Select(c =>
            $"<a class=\"cite\" href=\"{Html.Escape(Allowed(c.Href))}\" title=\"{Html.Escape(c.Tooltip)}\">"
            + $"<span class=\"visually-hidden\">Source </span>[{c.Number}]</a>");
        return $"<span class=\"cites\">{string.Concat(links)}</span>";
    }
}
