namespace Briefing.Tests.Campaign;

/// <summary>The campaign's rows are timed: they run with no other test class beside them.</summary>
[CollectionDefinition(nameof(HostileInputCampaignTests), DisableParallelization = true)]
public sealed class CampaignRunsAlone;
