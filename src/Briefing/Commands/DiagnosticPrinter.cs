using Briefing.Core.Diagnostics;

namespace Briefing.Commands;

/// <summary>Prints diagnostics compiler-style, paths relative to the working directory so terminals link them.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>Errors and warnings always; information only when asked for, as it is advice, not a problem.</summary>
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer, bool verbose)
    {
        foreach (var diagnostic in diagnostics.Where(d => verbose || d.Severity != Severity.Info))
        {
            var span = diagnostic.Span with { File = ProjectRoot.Display(diagnostic.Span.File) };
            writer.WriteLine((diagnostic with { Span = span }).ToString());
        }
    }

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var infos = diagnostics.Count(d => d.Severity == Severity.Info);
        var infoNote = infos > 0 ? $", {infos} info (--verbose lists them)" : "";
        return $"{Count(errors, "error")}, {Count(warnings, "warning")}{infoNote}";
    }
}
