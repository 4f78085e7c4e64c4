using Briefing.Core;

namespace Briefing.Site.Tests.Support;

/// <summary>The curated briefing in content/, loaded by the real loader and rendered once.</summary>
internal static class CuratedSite
{
    private static readonly Lazy<RenderedSite> Site = new(Render);

    public static bool Exists => File.Exists(Path.Combine(RepositoryPaths.Content, "briefing.yaml"));

    public static RenderedSite Rendered => Site.Value;

    private static RenderedSite Render()
    {
        var outcome = BriefingContent.Load(RepositoryPaths.Content);
        if (outcome.Model is null)
        {
            throw new InvalidOperationException("content/ does not load:\n" + string.Join("\n", outcome.Diagnostics));
        }

        return RenderedSite.Of(outcome.Model);
    }
}
