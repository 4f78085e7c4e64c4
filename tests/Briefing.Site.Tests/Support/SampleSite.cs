using Briefing.Testing.Fixtures;

namespace Briefing.Site.Tests.Support;

/// <summary>The sample briefing rendered once and shared by the read-only page tests.</summary>
internal static class SampleSite
{
    private static readonly Lazy<RenderedSite> Site = new(() => RenderedSite.Of(SampleBriefing.Create()));

    public static RenderedSite Rendered => Site.Value;
}
