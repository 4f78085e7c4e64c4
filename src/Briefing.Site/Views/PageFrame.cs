using Briefing.Core.Model;

namespace Briefing.Site.Views;

/// <summary>What the layout needs around every page's body.</summary>
/// <remarks>
/// <c>Brand</c>: The title's short form for the header: the part before a colon, else the whole title.<br/>
/// <c>Root</c>: The way back to the site's root from this page: "" or "../".<br/>
/// <c>BaseHref</c>: Only for 404.html with a base URL: servers show it at any depth.<br/>
/// <c>Scripts</c>: Local scripts this page loads (hrefs); never inline, never with user data.<br/>
/// </remarks>
internal sealed record PageFrame(
    string Title,
    string BriefingTitle,
    string Brand,
    string Lang,
    string Root,
    IReadOnlyList<NavItem> Nav,
    string PdfHref,
    string Publisher,
    PartialDate Edition,
    IReadOnlyList<string> Scripts,
    string? BaseHref);
