using Briefing.Commands;
using Briefing.Core.Diagnostics;

namespace Briefing.Tests;

public sealed class SummaryTests
{
    private static readonly Diagnostic Info = new(Severity.Info, "BRF001", new SourceSpan("a.yaml", 1, 1), "note");
    private static readonly Diagnostic Warning = new(Severity.Warning, "BRF021", new SourceSpan("a.yaml", 1, 1), "warned");

    [Fact]
    public void The_verbose_hint_appears_only_when_the_information_is_hidden()
    {
        Assert.Equal("0 errors, 0 warnings, 1 info (--verbose lists them)", Summary.Of([Info], Verbosity.Normal));
        Assert.Equal("0 errors, 0 warnings, 1 info", Summary.Of([Info], Verbosity.Verbose));
    }

    [Fact]
    public void A_run_failed_only_by_strict_says_so()
    {
        Assert.Equal("failed: warnings count as errors with --strict; 0 errors, 1 warning", Summary.Outcome([Warning], strict: true, Verbosity.Normal));
        Assert.Equal("0 errors, 1 warning", Summary.Outcome([Warning], strict: false, Verbosity.Normal));
    }
}
