using Briefing.Core.Diagnostics;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Loading;

public sealed class FixtureIsValidTests
{
    [Fact]
    public void The_fixture_loads_without_errors_or_warnings_and_builds_a_model()
    {
        using var fixture = new ContentFixture();
        var outcome = fixture.Load();

        Assert.DoesNotContain(outcome.Diagnostics, d => d.Severity != Severity.Info);
        Assert.NotNull(outcome.Model);
        Assert.Equal(3, outcome.Model.Facts.Count);
        Assert.Equal("maker", outcome.Model.Company("cells").ParentId);
    }
}
