using AngleSharp.Dom;

namespace Briefing.Site.Tests.Support;

/// <summary>Every URL a rendered site's pages name, and whether each internal one resolves to a file and anchor.</summary>
internal static class SiteLinks
{
    private static readonly string[] UrlAttributes = ["href", "src", "xlink:href", "action", "formaction", "poster", "data"];

    /// <summary>(page, element, attribute, value) for every URL-bearing attribute of every page.</summary>
    public static IEnumerable<(string Page, IElement Element, string Attribute, string Url)> All(RenderedSite site) =>
        from page in site.Pages
        from element in site.Page(page).All
        from attribute in UrlAttributes
        let value = element.GetAttribute(attribute)
        where value is not null
        select (page, element, attribute, value);

    /// <summary>Internal links that point at no generated file, or at an id the target page lacks.</summary>
    public static IReadOnlyList<string> Broken(RenderedSite site, string? baseUrl = null)
    {
        var broken = new List<string>();
        foreach (var (page, element, attribute, url) in All(site))
        {
            if (IsExternal(url) || url.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var (path, fragment) = Split(url);
            var basePath = page == "404.html" && baseUrl is not null ? "" : page;
            var target = path.Length == 0 ? page : Resolve(basePath, Uri.UnescapeDataString(path));
            if (target == RenderedSite.PdfFileName)
            {
                continue;
            }

            if (!site.HasFile(target))
            {
                broken.Add($"{page}: <{element.LocalName} {attribute}=\"{url}\"> points at missing {target}");
            }
            else if (fragment.Length > 0 && target.EndsWith(".html", StringComparison.Ordinal) && site.Page(target).GetElementById(fragment) is null)
            {
                broken.Add($"{page}: <{element.LocalName} {attribute}=\"{url}\"> points at missing #{fragment} in {target}");
            }
        }

        return broken;
    }

    public static bool IsExternal(string url) =>
        url.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("//", StringComparison.Ordinal);

    private static (string Path, string Fragment) Split(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (url, "") : (url[..hash], url[(hash + 1)..]);
    }

    private static string Resolve(string fromPage, string relative)
    {
        var parts = fromPage.Split('/').SkipLast(1).ToList();
        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
