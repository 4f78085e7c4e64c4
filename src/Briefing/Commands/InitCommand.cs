using System.CommandLine;
using Briefing.Core.Loading;
using Briefing.Core.Output;

namespace Briefing.Commands;

/// <summary>
/// `init [DIR]`: makes a new content folder that passes `check` at once: a commented briefing.yaml whose
/// placeholders `check` flags (BRF042) until filled, every kind folder, the editor schemas, and a README
/// pointing at the authoring guide. DIR is the content folder itself (default: content/ here); later
/// commands take it as --content DIR. Never writes into a folder that already holds anything.
/// </summary>
internal static class InitCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string?>("dir") { Description = "The content folder to make (default: content)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("init", "Make a new content folder that passes check: briefing.yaml, the kind folders and the schemas");
        command.Arguments.Add(folder);
        command.SetAction(result => Run(result.GetValue(folder), Options.Resolve(result).Verbosity, stdout, stderr));
        return command;
    }

    public static int Run(string? folder, Verbosity verbosity, TextWriter stdout, TextWriter stderr)
    {
        if (folder is not null && string.IsNullOrWhiteSpace(folder))
        {
            throw new UsageException("init needs a folder, not an empty value");
        }

        var content = Path.GetFullPath(folder ?? "content");
        if (File.Exists(content) || (Directory.Exists(content) && Directory.EnumerateFileSystemEntries(content).Any()))
        {
            stderr.WriteLine($"briefing: {ProjectRoot.Display(content)} already exists and is not empty; init makes a new content folder and never overwrites one");
            return ExitCodes.Usage;
        }

        var reporter = new Reporter(stdout, verbosity, interactive: false);
        Directory.CreateDirectory(content);
        foreach (var kind in ContentKind.EntityKinds)
        {
            Directory.CreateDirectory(Path.Combine(content, kind.Folder));
        }

        AtomicFile.Write(Path.Combine(content, "briefing.yaml"), Normalise(ContentFolderSkeleton.Briefing()), overwrite: false);
        AtomicFile.Write(Path.Combine(content, "README.md"), Normalise(ContentFolderSkeleton.Readme()), overwrite: false);
        SchemasCommand.Write(Path.Combine(content, "schemas"));

        var shown = ProjectRoot.Display(content);
        reporter.Line($"made {shown}: briefing.yaml, {string.Join(", ", ContentKind.EntityKinds.Select(k => k.Folder + "/"))}, schemas/");
        reporter.Line($"next: briefing new source <id> --content {shown}, then fill each TODO in and run check --content {shown}");
        return ExitCodes.Ok;
    }

    private static string Normalise(string text) => text.ReplaceLineEndings("\n") + "\n";
}
