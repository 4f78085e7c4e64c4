namespace Briefing.Core.Diagnostics;

/// <summary>What a run's diagnostics add up to: whether they fail it, and "1 error, 2 warnings".</summary>
public static class DiagnosticCounts
{
    /// <summary>True when the diagnostics fail the run: errors, or warnings when <paramref name="strict"/>.</summary>
    public static bool Fail(IEnumerable<Diagnostic> diagnostics, bool strict) => diagnostics.Any(d => Fails(d, strict));

    /// <summary>True when this diagnostic alone fails the run: an error, or a warning when <paramref name="strict"/>.</summary>
    public static bool Fails(Diagnostic diagnostic, bool strict) =>
        diagnostic.Severity == Severity.Error || (strict && diagnostic.Severity == Severity.Warning);

    /// <summary>True when any diagnostic is an error: what stops the model being built, strict or not.</summary>
    public static bool HasErrors(IEnumerable<Diagnostic> diagnostics) => Fail(diagnostics, strict: false);

    /// <summary>"0 errors, 1 warning": the counts every summary line starts with.</summary>
    public static string ErrorsAndWarnings(IReadOnlyCollection<Diagnostic> diagnostics) =>
        $"{Count(diagnostics.Count(d => d.Severity == Severity.Error), "error")}, "
        + $"{Count(diagnostics.Count(d => d.Severity == Severity.Warning), "warning")}";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
