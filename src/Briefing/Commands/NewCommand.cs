using System.CommandLine;
using Briefing.Core.Diagnostics;
using Briefing.Core.Loading;
using Briefing.Core.Loading.Binding;
using Briefing.Core.Loading.Documents;
using Briefing.Core.Loading.Yaml;
using Briefing.Core.Output;

namespace Briefing.Commands;

/// <summary>`new &lt;kind&gt; &lt;id&gt;`: writes a commented skeleton file that passes check; never overwrites. Dates are placeholders check flags.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var kind = new Argument<string>("kind") { Description = "source, company, deal, fact, event or chart" };
        kind.AcceptOnlyFromAmong([.. Skeletons.Kinds]);
        var id = new Argument<string>("id") { Description = "The new entity's id: lowercase words joined by hyphens" };
        var command = new Command("new", "Write a commented skeleton file for a new source, company, deal, fact, event or chart");
        command.Arguments.Add(kind);
        command.Arguments.Add(id);
        command.SetAction(result => Run(Options.Resolve(result), result.GetValue(kind)!, result.GetValue(id)!, stdout, stderr));
        return command;
    }

    public static int Run(RunSettings settings, string kind, string id, TextWriter stdout, TextWriter stderr)
    {
        if (!FormatCheck.IsValid(ValueFormat.Id, id))
        {
            stderr.WriteLine($"briefing: '{id}' is not a valid id: expected {FormatCheck.Expected(ValueFormat.Id)}");
            return ExitCodes.Usage;
        }

        Options.RequireContent(settings);
        var folder = ContentKind.EntityKinds.Single(k => k.SchemaName == kind).Folder;
        var path = Path.Combine(settings.ContentDirectory, folder, id + ".yaml");
        if (File.Exists(path))
        {
            stderr.WriteLine($"briefing: {ProjectRoot.Display(path)} already exists; not overwriting it");
            return ExitCodes.Usage;
        }

        // Read without validating: a half-finished file elsewhere must not block adding a new one.
        var content = new ContentReader(YamlLimits.Default).Read(settings.ContentDirectory, new DiagnosticBag());
        if (Skeletons.For(kind, id, content) is not { } text)
        {
            stderr.WriteLine(kind == "chart"
                ? "briefing: a new chart shows figures: add a fact with a figure first: briefing new fact <id>, then fill in its figure"
                : $"briefing: a new {kind} cites a source and names a company: add a source (and a company) first: briefing new source <id>");
            return ExitCodes.ContentErrors;
        }

        AtomicFile.Write(path, text.ReplaceLineEndings("\n") + "\n", overwrite: false);
        new Reporter(stdout, settings.Verbosity, interactive: false).Line($"wrote {ProjectRoot.Display(path)}: fill each TODO in, then run check");
        return ExitCodes.Ok;
    }
}
