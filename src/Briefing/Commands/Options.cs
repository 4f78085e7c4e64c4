using System.CommandLine;

namespace Briefing.Commands;

/// <summary>The options commands share; recursive so they read the same after any command.</summary>
internal static class Options
{
    public static readonly Option<string?> Content = new("--content") { Description = "The content folder (default: content/ of the project)", Recursive = true };
    public static readonly Option<string?> Templates = new("--templates") { Description = "The templates folder (default: templates/)", Recursive = true };
    public static readonly Option<string?> Out = new("--out") { Description = "The output folder (default: output/)", Recursive = true };
    public static readonly Option<bool> Strict = new("--strict") { Description = "Treat warnings as errors", Recursive = true };
    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print only errors and warnings", Recursive = true };
    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Also print information notes and details", Recursive = true };

    /// <summary>The folders and switches of a run, resolved against the project root.</summary>
    public static RunSettings Resolve(ParseResult result)
    {
        var root = ProjectRoot.Find();
        return new RunSettings(
            Path.GetFullPath(result.GetValue(Content) ?? Path.Combine(root, "content")),
            Path.GetFullPath(result.GetValue(Templates) ?? Path.Combine(root, "templates")),
            Path.GetFullPath(result.GetValue(Out) ?? Path.Combine(root, "output")),
            result.GetValue(Strict),
            result.GetValue(Quiet) ? Verbosity.Quiet : result.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal);
    }
}

/// <summary>How much a run prints.</summary>
internal enum Verbosity
{
    Quiet,
    Normal,
    Verbose,
}

/// <summary>Resolved folders and switches for one run.</summary>
internal sealed record RunSettings(string ContentDirectory, string TemplatesDirectory, string OutputDirectory, bool Strict, Verbosity Verbosity);
