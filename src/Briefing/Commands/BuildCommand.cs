using Briefing.Core;

namespace Briefing.Commands;

/// <summary>`build` (the default): load → validate → model → render site and PDF → write.</summary>
internal static class BuildCommand
{
    public static Task<int> RunAsync(CommonOptions options, TextWriter stdout)
    {
        var outcome = BriefingContent.Load(options.ContentDirectory);
        DiagnosticPrinter.Print(outcome.Diagnostics, stdout, options.Verbose);
        if (outcome.Model is null)
        {
            stdout.WriteLine($"build: stopped, {DiagnosticPrinter.Summary(outcome.Diagnostics)}; the previous output is untouched");
            return Task.FromResult(ExitCodes.ContentErrors);
        }

        // Rendering lands with the site and PDF renderers.
        stdout.WriteLine($"build: content loaded, {DiagnosticPrinter.Summary(outcome.Diagnostics)}");
        return Task.FromResult(ExitCodes.Ok);
    }
}
