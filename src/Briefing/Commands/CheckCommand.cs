using Briefing.Core;

namespace Briefing.Commands;

/// <summary>`check`: load and validate only; prints every diagnostic and a one-line summary.</summary>
internal static class CheckCommand
{
    public static int Run(CommonOptions options, TextWriter stdout)
    {
        var outcome = BriefingContent.Load(options.ContentDirectory);
        DiagnosticPrinter.Print(outcome.Diagnostics, stdout, options.Verbose);
        var model = outcome.Model;
        var counts = model is null ? "" :
            $" in {model.Sources.Count} sources, {model.Companies.Count} companies, {model.Deals.Count} deals, " +
            $"{model.Facts.Count} facts, {model.Events.Count} events, {model.Charts.Count} charts";
        stdout.WriteLine($"check: {DiagnosticPrinter.Summary(outcome.Diagnostics)}{counts}");
        var failsStrict = options.Strict && outcome.Diagnostics.Any(d => d.Severity == Core.Diagnostics.Severity.Warning);
        return outcome.HasErrors || failsStrict ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }
}
