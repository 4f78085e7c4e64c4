namespace Briefing.Site.Tests.Support;

/// <summary>A fact about the real content; skipped only while content/briefing.yaml does not exist yet.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CuratedContentFactAttribute : FactAttribute
{
    public CuratedContentFactAttribute()
    {
        if (!CuratedSite.Exists)
        {
            Skip = "content/briefing.yaml does not exist yet.";
        }
    }
}
