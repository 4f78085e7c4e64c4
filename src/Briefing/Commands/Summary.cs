using Briefing.Core.Diagnostics;

namespace Briefing.Commands;

/// <summary>The one-line count of a run's diagnostics.</summary>
internal static class Summary
{
    /// <summary>"0 errors, 1 warning, 2 info (--verbose lists them)"; the note is left out when they are listed.</summary>
    public static string Of(IReadOnlyList<Diagnostic> diagnostics, Verbosity verbosity = Verbosity.Normal)
    {
        var infos = diagnostics.Count(d => d.Severity == Severity.Info);
        var infoNote = infos == 0 ? "" : verbosity == Verbosity.Verbose ? $", {infos} info" : $", {infos} info (--verbose lists them)";
        return DiagnosticCounts.ErrorsAndWarnings([.. diagnostics]) + infoNote;
    }

    /// <summary>
    /// The counts, led by why the run failed when only --strict made it fail, so "0 errors"
    /// never stands beside a failing exit code unexplained.
    /// </summary>
    public static string Outcome(IReadOnlyList<Diagnostic> diagnostics, bool strict, Verbosity verbosity) =>
        FailsOnlyBecauseStrict(diagnostics, strict)
            ? $"failed: warnings count as errors with --strict; {Of(diagnostics, verbosity)}"
            : Of(diagnostics, verbosity);

    /// <summary>True when the run fails with --strict and would pass without it: warnings, and no errors.</summary>
    public static bool FailsOnlyBecauseStrict(IReadOnlyList<Diagnostic> diagnostics, bool strict) =>
        DiagnosticCounts.Fail(diagnostics, strict) && !DiagnosticCounts.HasErrors(diagnostics);
}
