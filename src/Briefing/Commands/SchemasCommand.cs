using System.CommandLine;
using Briefing.Core.Loading;
using Briefing.Core.Output;
using Briefing.Core.Schemas;

namespace Briefing.Commands;

/// <summary>`schemas`: regenerates content/schemas/*.schema.json from the document classes.</summary>
internal static class SchemasCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("schemas", "Regenerate the editor schemas in content/schemas/ from the content classes");
        command.SetAction(result => Run(Options.Resolve(result), stdout));
        return command;
    }

    private static int Run(RunSettings settings, TextWriter stdout)
    {
        Options.RequireContent(settings);
        var reporter = new Reporter(stdout, settings.Verbosity, interactive: false);
        var folder = Path.Combine(settings.ContentDirectory, "schemas");
        Directory.CreateDirectory(folder);
        foreach (var kind in ContentKind.All)
        {
            var path = Path.Combine(folder, kind.SchemaFile);
            AtomicFile.Write(path, SchemaGenerator.Generate(kind));
            reporter.Line($"wrote {ProjectRoot.Display(path)}");
        }

        return ExitCodes.Ok;
    }
}
