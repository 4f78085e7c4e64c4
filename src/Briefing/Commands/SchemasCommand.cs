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
        foreach (var path in Write(Path.Combine(settings.ContentDirectory, "schemas")))
        {
            reporter.Line($"wrote {ProjectRoot.Display(path)}");
        }

        return ExitCodes.Ok;
    }

    /// <summary>Writes every kind's schema into <paramref name="folder"/> (made if missing); returns the paths written.</summary>
    public static IReadOnlyList<string> Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var kind in ContentKind.All)
        {
            var path = Path.Combine(folder, kind.SchemaFile);
            AtomicFile.Write(path, SchemaGenerator.Generate(kind));
            written.Add(path);
        }

        return written;
    }
}
