using System.CommandLine;
using Briefing.Core.Output;

namespace Briefing.Commands;

/// <summary>`clean`: removes the output folder and any staging folders a build left; nothing else.</summary>
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
        var writer = new OutputWriter(settings.OutputDirectory);
        var removed = 0;
        foreach (var folder in new[] { settings.OutputDirectory, writer.StagingDirectory, writer.PreviousDirectory })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
                removed++;
                stdout.WriteLine($"removed {ProjectRoot.Display(folder)}");
            }
        }

        if (removed == 0)
        {
            stdout.WriteLine("nothing to clean");
        }

        return ExitCodes.Ok;
    }
}
