using System.CommandLine;
using Briefing.Core.Diagnostics;
using Briefing.Pipeline;

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
        Options.RequireContent(settings);
        var reporter = new Reporter(stdout, settings.Verbosity, Reporter.IsInteractive(stdout));
        var stages = new List<StageTiming>();
        var outcome = reporter.Progress("checking", starting => ContentStages.Run(settings.ContentDirectory, cache: null, stages, starting, settings.Archive));
        reporter.Stages(stages);
        reporter.Diagnostics(outcome.Diagnostics);
        var counts = outcome.Model is { } model ? $" in {ContentCounts.Of(model)}" : "";
        var fails = DiagnosticCounts.Fail(outcome.Diagnostics, settings.Strict);
        var line = $"check: {Summary.Outcome(outcome.Diagnostics, settings.Strict, settings.Verbosity)}{counts}";
        if (fails)
        {
            stdout.WriteLine(line);
        }
        else
        {
            reporter.Line(line);
        }

        return fails ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }
}
