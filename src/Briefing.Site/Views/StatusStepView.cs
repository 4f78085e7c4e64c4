using Briefing.Core.Model;

namespace Briefing.Site.Views;

/// <summary>One dated step of a deal's history, cited.</summary>
internal sealed record StatusStepView(DealStatus Status, PartialDate Date, string? Note, IReadOnlyList<CitationView> Cites);
