namespace Briefing.Site.Views;

/// <summary>A company's part in a deal.</summary>
internal sealed record PartyView(LinkView Company, string? ChineseName, string Role);
