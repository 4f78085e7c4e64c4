using AngleSharp.Dom;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Site;

/// <summary>No page prints an element with nothing in it: an exact figure has no qualifier span, an undated one no "when" line.</summary>
public sealed class NoEmptyElementTests
{
    private static readonly string[] TextElements =
        ["p", "span", "li", "dt", "dd", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "a", "div", "strong", "em", "time", "summary"];

    [Fact]
    public void The_sample_site_has_no_empty_text_element()
    {
        Assert.Empty(Empty(SampleSite.Rendered));
    }

    [CuratedContentFact]
    public void The_curated_site_has_no_empty_text_element()
    {
        Assert.Empty(Empty(CuratedSite.Rendered));
    }

    private static List<string> Empty(RenderedSite site) =>
        [.. from page in site.Pages.Order(StringComparer.Ordinal)
            from element in site.Page(page).Body!.QuerySelectorAll(string.Join(',', TextElements))
            where IsEmpty(element)
            select $"{page}: {element.OuterHtml}"];

    private static bool IsEmpty(IElement element) =>
        element.TextContent.Trim().Length == 0
        && element.QuerySelector("svg, img, select, input, textarea") is null
        // A live region the facts filter fills: empty until the reader filters.
        && element.GetAttribute("role") != "status"
        // Drawn marks, such as the map legend's line samples, hidden from assistive technology.
        && element.GetAttribute("aria-hidden") != "true";
}
