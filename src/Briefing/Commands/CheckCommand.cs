using System.CommandLine;
using Briefing.Core;
using Briefing.Core.Model;

namespace Briefing.Commands;

/// <summary>`check`: load and validate only; prints every diagnostic and a one-line summary.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("check", "Load and validate the content; print every problem and a summary");
        command.SetAction(result => Run(Options.Resolve(result), stdout));
        return command;
    }

    public static int Run(RunSettings settings, TextWriter stdout)
    {
        var reporter = new Reporter(stdout, settings.Verbosity, Reporter.IsInteractive(stdout));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcome = reporter.Progress("checking", () => BriefingContent.Load(settings.ContentDirectory));
        reporter.Stages([new Pipeline.StageTiming("load", clock.ElapsedMilliseconds, Describe(outcome))]);
        reporter.Diagnostics(outcome.Diagnostics);
        var counts = outcome.Model is { } model ? $" in {Pipeline.OutputLayout.Counts(model)}" : "";
        stdout.WriteLine($"check: {Summary.Of(outcome.Diagnostics)}{counts}");
        return Summary.Fails(outcome.Diagnostics, settings.Strict) ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }

    public static string Describe(LoadOutcome outcome) =>
        outcome.Model is { } model ? Pipeline.OutputLayout.Counts(model) : "not loaded: see the errors below";

}
