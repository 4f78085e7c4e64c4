namespace Briefing.Commands;

/// <summary>The options every command shares, with the project's folders as defaults.</summary>
internal sealed record CommonOptions(string ContentDirectory, string OutputDirectory, string TemplatesDirectory, bool Strict, bool Verbose)
{
    public static CommonOptions? Parse(string[] args, TextWriter stderr)
    {
        var root = ProjectRoot.Find();
        var content = Path.Combine(root, "content");
        var output = Path.Combine(root, "output");
        var templates = Path.Combine(root, "templates");
        var strict = false;
        var verbose = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--content" when i + 1 < args.Length:
                    content = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--templates" when i + 1 < args.Length:
                    templates = args[++i];
                    break;
                case "--strict":
                    strict = true;
                    break;
                case "--verbose":
                    verbose = true;
                    break;
                default:
                    stderr.WriteLine($"briefing: unknown or incomplete option '{args[i]}'");
                    return null;
            }
        }

        return new CommonOptions(content, output, templates, strict, verbose);
    }
}
