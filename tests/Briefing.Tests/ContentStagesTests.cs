using Briefing.Core;
using Briefing.Pipeline;

namespace Briefing.Tests;

public sealed class ContentStagesTests
{
    [Fact]
    public void Load_and_validate_as_two_stages_give_what_the_one_step_load_gives()
    {
        var stages = new List<StageTiming>();

        var split = ContentStages.Run(Repository.FixtureContent(Repository.MiniBriefing), cache: null, stages);
        var whole = BriefingContent.Load(Repository.FixtureContent(Repository.MiniBriefing));

        Assert.Equal(["load", "validate"], stages.Select(s => s.Name));
        Assert.Equal(whole.Diagnostics, split.Diagnostics);
        Assert.Equal(whole.Model is null, split.Model is null);
        Assert.Equal(ContentCounts.Of(whole.Model!), ContentCounts.Of(split.Model!));
    }
}
