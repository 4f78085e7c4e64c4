using Briefing.Core.Loading;
using Briefing.Core.Schemas;

namespace Briefing.Commands;

/// <summary>`schemas`: regenerates content/schemas/*.schema.json from the document classes.</summary>
internal static class SchemasCommand
{
    public static int Run(CommonOptions options, TextWriter stdout)
    {
        var folder = Path.Combine(options.ContentDirectory, "schemas");
        Directory.CreateDirectory(folder);
        foreach (var kind in ContentKind.All)
        {
            var path = Path.Combine(folder, kind.SchemaFile);
            File.WriteAllText(path, SchemaGenerator.Generate(kind));
            stdout.WriteLine($"wrote {ProjectRoot.Display(path)}");
        }

        return ExitCodes.Ok;
    }
}
