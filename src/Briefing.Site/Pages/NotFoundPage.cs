namespace Briefing.Site.Pages;

/// <summary>The page a server shows for a missing address.</summary>
internal sealed record NotFoundPage(string HomeHref, string FactsHref, string SourcesHref);
