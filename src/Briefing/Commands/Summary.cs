using Briefing.Core.Diagnostics;

namespace Briefing.Commands;

/// <summary>The one-line count of a run's diagnostics.</summary>
internal static class Summary
{
    public static string Of(IReadOnlyList<Diagnostic> diagnostics)
    {
        static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var infos = diagnostics.Count(d => d.Severity == Severity.Info);
        var infoNote = infos > 0 ? $", {infos} info (--verbose lists them)" : "";
        return $"{Count(errors, "error")}, {Count(warnings, "warning")}{infoNote}";
    }

    /// <summary>True when the diagnostics fail the run: errors, or warnings under --strict.</summary>
    public static bool Fails(IReadOnlyList<Diagnostic> diagnostics, bool strict) =>
        diagnostics.Any(d => d.Severity == Severity.Error || (strict && d.Severity == Severity.Warning));
}
