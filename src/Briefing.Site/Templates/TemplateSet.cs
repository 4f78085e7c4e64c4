using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace Briefing.Site.Templates;

/// <summary>
/// The site's Handlebars templates, read and compiled once: <c>layout.hbs</c>, <c>pages/*.hbs</c>
/// (one per page kind) and <c>partials/*.hbs</c>. Rendering is strict: a template that names a
/// value its view does not have fails with the file and line, never prints an empty string.
/// </summary>
internal sealed class TemplateSet
{
    public const string LayoutName = "layout";

    private readonly Dictionary<string, Compiled> _pages;
    private readonly Compiled _layout;
    private readonly IReadOnlyList<TemplateFile> _partials;

    private TemplateSet(Dictionary<string, Compiled> pages, Compiled layout, IReadOnlyList<TemplateFile> partials)
    {
        _pages = pages;
        _layout = layout;
        _partials = partials;
    }

    /// <summary>Page template names, e.g. <c>home</c>, <c>deal</c>.</summary>
    public IReadOnlyCollection<string> PageNames => _pages.Keys;

    public static TemplateSet Load(string directory)
    {
        var layoutPath = Path.Combine(directory, LayoutName + ".hbs");
        if (!File.Exists(layoutPath))
        {
            throw new SiteTemplateException(
                $"{directory}: no {LayoutName}.hbs here. Pass the site templates directory, e.g. templates/site.");
        }

        var handlebars = HandlebarsEnvironment.Create();
        var partials = Files(directory, "partials").Select(f => TemplateFile.Read(directory, f)).ToList();
        foreach (var partial in partials)
        {
            // Compile once on its own first so a syntax error names the partial's file.
            CompileChecked(handlebars, partial);
            handlebars.RegisterTemplate(partial.Name, partial.Text);
        }

        var pages = Files(directory, "pages")
            .Select(f => TemplateFile.Read(directory, f))
            .ToDictionary(t => t.Name, t => new Compiled(t, CompileChecked(handlebars, t)), StringComparer.Ordinal);
        var layoutFile = TemplateFile.Read(directory, layoutPath);
        return new TemplateSet(pages, new Compiled(layoutFile, CompileChecked(handlebars, layoutFile)), partials);
    }

    /// <summary>Renders a page template's body with its view.</summary>
    public string RenderPage(string name, object view) =>
        _pages.TryGetValue(name, out var page)
            ? Run(page, view)
            : throw new SiteTemplateException($"No page template '{name}' (pages/{name}.hbs).");

    /// <summary>Wraps a rendered body in the layout.</summary>
    public string RenderLayout(object view) => Run(_layout, view);

    private string Run(Compiled template, object view)
    {
        try
        {
            return template.Render(view);
        }
        catch (Exception e) when (TemplateErrorLocator.Unresolved(e) is { } unresolved)
        {
            // Look in the partials the error passed through first, innermost first, then everywhere.
            var partials = TemplateErrorLocator.PartialsOnTheWay(e)
                .Select(name => _partials.FirstOrDefault(p => p.Name == name))
                .OfType<TemplateFile>();
            var found = TemplateErrorLocator.FindBinding([.. partials, template.File, .. _partials, _layout.File], unresolved.Path);
            throw new SiteTemplateException(
                found?.File.DisplayPath ?? template.File.DisplayPath,
                found?.Line,
                $"'{unresolved.Path}' is not a value of the {view.GetType().Name} this template renders (or of the block it is in).",
                e);
        }
        catch (HandlebarsException e)
        {
            var innermost = e;
            while (innermost.InnerException is HandlebarsException inner)
            {
                innermost = inner;
            }

            throw new SiteTemplateException(template.File.DisplayPath, null, TemplateErrorLocator.FirstLine(innermost.Message), e);
        }
    }

    private static HandlebarsTemplate<object, object> CompileChecked(IHandlebars handlebars, TemplateFile file)
    {
        try
        {
            return handlebars.Compile(file.Text);
        }
        catch (HandlebarsException e)
        {
            throw new SiteTemplateException(
                file.DisplayPath, TemplateErrorLocator.LineOfParseError(e.Message), TemplateErrorLocator.FirstLine(e.Message), e);
        }
    }

    private static IEnumerable<string> Files(string directory, string folder)
    {
        var path = Path.Combine(directory, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.hbs").Order(StringComparer.Ordinal)
            : [];
    }

    private sealed record Compiled(TemplateFile File, HandlebarsTemplate<object, object> Render);
}
