using System.CommandLine;
using Briefing.Core.Output;

namespace Briefing.Commands;

/// <summary>
/// `clean`: removes the output folder and any staging folders a build left; nothing else.
/// Only folders Briefing made (marked, or empty) are removed: anything else is refused whole.
/// </summary>
internal static class CleanCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("clean", "Remove what Briefing generated (the output folder), nothing else");
        command.SetAction(result => Run(Options.Resolve(result), stdout));
        return command;
    }

    public static int Run(RunSettings settings, TextWriter stdout)
    {
        OutputGuard.Check(settings);
        var reporter = new Reporter(stdout, settings.Verbosity, interactive: false);
        var removed = new OutputWriter(settings.OutputDirectory).Remove();
        foreach (var folder in removed)
        {
            reporter.Line($"removed {ProjectRoot.Display(folder)}");
        }

        if (removed.Count == 0)
        {
            reporter.Line("nothing to clean");
        }

        return ExitCodes.Ok;
    }
}
