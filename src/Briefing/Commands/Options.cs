using System.CommandLine;
using Briefing.Site.Templates;

namespace Briefing.Commands;

/// <summary>The options commands share; recursive so they read the same after any command.</summary>
internal static class Options
{
    public static readonly Option<string?> Content = new("--content") { Description = "The content folder (default: content/ of the project)", Recursive = true };
    public static readonly Option<string?> Templates = new("--templates") { Description = "The templates folder (default: templates/)", Recursive = true };
    public static readonly Option<string?> Out = new("--out") { Description = "The output folder (default: output/)", Recursive = true };
    public static readonly Option<string?> Archive = new("--archive") { Description = "The folder of the sources' stored copies to verify citations against (default: briefing.yaml's archive)", Recursive = true };
    public static readonly Option<bool> Strict = new("--strict") { Description = "Treat warnings as errors", Recursive = true };
    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print only errors and warnings", Recursive = true };
    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Also print information notes and details", Recursive = true };

    /// <summary>The folders and switches of a run, resolved against the project root.</summary>
    public static RunSettings Resolve(ParseResult result)
    {
        var root = ProjectRoot.Find();
        return new RunSettings(
            Folder(result, Content, Path.Combine(root, "content")),
            TemplatesRoot(Folder(result, Templates, Path.Combine(root, "templates"))),
            Folder(result, Out, Path.Combine(root, "output")),
            result.GetValue(Strict),
            result.GetValue(Quiet) ? Verbosity.Quiet : result.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal)
        {
            Archive = result.GetValue(Archive) is { } archive ? Folder(result, Archive, archive) : null,
            ContentGiven = result.GetValue(Content) is not null,
        };
    }

    // A folder option as a full path; an empty value (--out "") is a usage error, not a crash.
    private static string Folder(ParseResult result, Option<string?> option, string fallback)
    {
        var value = result.GetValue(option);
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new UsageException($"{option.Name} needs a folder, not an empty value");
        }

        return Path.GetFullPath(value ?? fallback);
    }

    /// <summary>
    /// Throws a usage error when the content folder does not exist: a wrong path, not a content problem.
    /// When --content named it, asking for --content again would not help: it says how to make one.
    /// </summary>
    public static void RequireContent(RunSettings settings)
    {
        if (!Directory.Exists(settings.ContentDirectory))
        {
            var shown = ProjectRoot.Display(settings.ContentDirectory);
            throw new UsageException($"no content folder at {shown}: " + (settings.ContentGiven
                ? $"check the path, or make a new one with: briefing init {shown}"
                : $"run inside a Briefing project (the folder holding content/ and templates/), pass --content DIR, or make one with: briefing init {shown}"));
        }
    }

    /// <summary>Throws a usage error unless the templates folder holds the site's layout, saying what folder is expected.</summary>
    public static void RequireTemplates(RunSettings settings)
    {
        var templates = settings.TemplatesDirectory;
        var site = Path.Combine(templates, TemplateConventions.SiteFolderName);
        var shown = ProjectRoot.Display(templates);
        if (TemplateConventions.HandlebarsLeftIn(site, ProjectRoot.Display(site)) is { } handlebars)
        {
            throw new UsageException(handlebars);
        }

        if (TemplateConventions.HoldsLayout(site))
        {
            return;
        }

        var expected = $"{TemplateConventions.SiteFolderName}/{TemplateConventions.LayoutFileName}";
        throw new UsageException(TemplateConventions.HoldsLayout(templates)
            ? $"--templates {shown} holds {TemplateConventions.LayoutFileName} itself; Briefing expects the templates root, the folder that contains {expected}: "
                + $"put these templates in a folder named {TemplateConventions.SiteFolderName}/ and pass the folder around it"
            : $"no {expected} in {shown}: --templates names the templates root, the folder that contains {expected} "
                + "(in a Briefing project: templates)");
    }

    /// <summary>
    /// The templates root for a folder given as --templates. The obvious slip of naming the
    /// site folder itself (templates/site, which holds the layout) means its parent.
    /// </summary>
    private static string TemplatesRoot(string folder)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        var mistaken = !TemplateConventions.HoldsLayout(Path.Combine(trimmed, TemplateConventions.SiteFolderName))
            && TemplateConventions.HoldsLayout(trimmed)
            && Path.GetFileName(trimmed) == TemplateConventions.SiteFolderName;
        return mistaken ? Path.GetDirectoryName(trimmed)! : folder;
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
internal sealed record RunSettings(string ContentDirectory, string TemplatesDirectory, string OutputDirectory, bool Strict, Verbosity Verbosity)
{
    /// <summary>The archive of stored copies given with --archive, overriding briefing.yaml's; null when not given.</summary>
    public string? Archive { get; init; }

    /// <summary>True when --content named the content folder, rather than the project's default.</summary>
    public bool ContentGiven { get; init; }
}
