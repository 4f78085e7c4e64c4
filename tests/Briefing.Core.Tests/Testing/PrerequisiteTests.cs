namespace Briefing.Core.Tests.Testing;

/// <summary>
/// The rule every test with an outside prerequisite follows (Briefing.Testing's ToolFact, SharedFact and
/// SharedTheory): skip with the reason on a developer's machine, never skip under CI=true.
/// </summary>
public sealed class PrerequisiteTests
{
    private const string Missing = "../shared/seeds not found beside the checkout; CI=true requires it.";

    [Fact]
    public void A_missing_prerequisite_skips_with_its_reason_outside_CI()
    {
        Assert.Equal(Missing, Prerequisite.SkipReason(Missing, isCi: false));
    }

    [Fact]
    public void A_missing_prerequisite_never_skips_under_CI_so_the_test_runs_and_fails()
    {
        Assert.Null(Prerequisite.SkipReason(Missing, isCi: true));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Nothing_missing_never_skips(bool isCi)
    {
        Assert.Null(Prerequisite.SkipReason(null, isCi));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void CI_is_on_only_when_the_variable_says_true(string? value, bool isCi)
    {
        Assert.Equal(isCi, Prerequisite.IsCiValue(value));
    }
}
