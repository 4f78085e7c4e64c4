using System.Text.RegularExpressions;

namespace Briefing.Site.Pages;

/// <summary>
/// Where every page lives in the site and the anchors inside pages. Paths are relative with '/'
/// and clean (<c>deals/&lt;id&gt;.html</c>) so links work on a server and from file:// alike.
/// </summary>
internal static partial class SitePaths
{
    public const string Home = "index.html";
    public const string Timeline = "timeline.html";
    public const string Facts = "facts.html";
    public const string Sources = "sources.html";
    public const string Map = "map.html";
    public const string DealsIndex = "deals/index.html";
    public const string CompaniesIndex = "companies/index.html";
    public const string NotFound = "404.html";
    public const string Sitemap = "sitemap.xml";

    public static string Deal(string id) => $"deals/{FileName(id)}.html";

    public static string Company(string id) => $"companies/{FileName(id)}.html";

    /// <summary>The folder a page lives in, with its trailing '/': "deals/" for <c>deals/x.html</c>, "" at the root.</summary>
    public static string FolderOf(string pagePath) =>
        pagePath.LastIndexOf('/') is var slash and >= 0 ? pagePath[..(slash + 1)] : "";

    public static string FactAnchor(string id) => "fact-" + Checked(id);

    public static string SourceAnchor(string id) => "source-" + Checked(id);

    public static string EventAnchor(string id) => "event-" + Checked(id);

    /// <summary>The way back to the root from a page: "" for <c>facts.html</c>, "../" for <c>deals/x.html</c>.</summary>
    public static string RootOf(string pagePath) =>
        string.Concat(Enumerable.Repeat("../", pagePath.Count(c => c == '/')));

    /// <summary>
    /// A deal or company called "index" must not overwrite its folder's index page: it gets
    /// <c>_index.html</c>, a name no id can have (ids never contain '_').
    /// </summary>
    private static string FileName(string id) => Checked(id) == "index" ? "_index" : id;

    /// <summary>
    /// Ids become file names and fragments. The loader guarantees their shape; a renderer that
    /// writes files still refuses anything else, so an id can never climb out of the site.
    /// </summary>
    private static string Checked(string id) =>
        IdShape().IsMatch(id) ? id : throw new InvalidOperationException($"'{id}' is not a valid id (lowercase words joined by hyphens).");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdShape();
}
