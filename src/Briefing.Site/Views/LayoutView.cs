using Briefing.Site.Templates;

namespace Briefing.Site.Views;

/// <summary>The layout's view: the frame and the page body, already rendered and so printed as is.</summary>
internal sealed record LayoutView(PageFrame Page, TrustedHtml Body);
