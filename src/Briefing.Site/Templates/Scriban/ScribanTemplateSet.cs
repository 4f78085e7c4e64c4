using Briefing.Site.Views;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Site.Templates.Scriban;

/// <summary>
/// The site's Scriban templates, read and parsed once: <c>layout.sbnhtml</c>, <c>pages/*.sbnhtml</c>
/// (one per page kind) and <c>partials/*.sbnhtml</c>. Each render gets its own
/// <see cref="SiteTemplateContext"/>, so pages can render in parallel; the parsed templates and the
/// functions are shared and never written to.
/// </summary>
internal sealed class ScribanTemplateSet : ISiteTemplates
{
    /// <summary>Scriban's built-in modules a template may use; the clock (date, timespan) would make output differ between builds.</summary>
    private static readonly string[] WithheldBuiltins = ["date", "timespan", "include", "include_join"];

    private readonly Dictionary<string, Template> _pages;
    private readonly Template _layout;
    private readonly ScriptObject _builtins;
    private readonly ScriptObject _functions;

    private ScribanTemplateSet(Dictionary<string, Template> pages, Template layout, IReadOnlyDictionary<string, Template> partials)
    {
        _pages = pages;
        _layout = layout;
        _builtins = new BuiltinFunctions();
        foreach (var name in WithheldBuiltins)
        {
            _builtins.Remove(name);
        }

        _functions = new ScriptObject();
        _functions.Import(typeof(TemplateHelpers));
        var partial = new PartialFunction(partials);
        _functions.Import(PartialFunction.Name, new Func<TemplateContext, SourceSpan, string, object?, TrustedHtml>(partial.Render));
        _functions.IsReadOnly = true;
    }

    public IReadOnlyCollection<string> PageNames => _pages.Keys;

    /// <summary>Reads and parses every template under <paramref name="directory"/>.</summary>
    /// <exception cref="SiteTemplateException">The folder is not a site templates folder, or a template does not parse.</exception>
    public static ScribanTemplateSet Load(string directory)
    {
        if (TemplateConventions.HandlebarsLeftIn(directory, directory) is { } handlebars)
        {
            throw new SiteTemplateException(handlebars);
        }

        var layoutPath = Path.Combine(directory, TemplateConventions.LayoutFileName);
        if (!File.Exists(layoutPath))
        {
            throw new SiteTemplateException(
                $"{directory}: no {TemplateConventions.LayoutFileName} here. Pass the site templates directory, e.g. templates/site.");
        }

        var partials = Parse(directory, "partials");
        var pages = Parse(directory, "pages");
        return new ScribanTemplateSet(pages, ParseFile(directory, layoutPath), partials);
    }

    public string RenderPage(string name, object view, CancellationToken cancellation) =>
        _pages.TryGetValue(name, out var page)
            ? Run(page, view, cancellation)
            : throw new SiteTemplateException($"No page template '{name}' (pages/{name}{TemplateConventions.Extension}).");

    public string RenderLayout(LayoutView view, CancellationToken cancellation) => Run(_layout, view, cancellation);

    private string Run(Template template, object view, CancellationToken cancellation)
    {
        var context = new SiteTemplateContext(_builtins, _functions, cancellation);
        try
        {
            return context.RenderView(template, view);
        }
        catch (ScriptAbortException) when (cancellation.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellation);
        }
        catch (ScriptRuntimeException e)
        {
            throw ScribanErrors.FromRuntime(e, context.LastMissing);
        }
    }

    private static Dictionary<string, Template> Parse(string directory, string folder)
    {
        var path = Path.Combine(directory, folder);
        IEnumerable<string> files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*" + TemplateConventions.Extension).Order(StringComparer.Ordinal)
            : [];
        return files.ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => ParseFile(directory, f), StringComparer.Ordinal);
    }

    private static Template ParseFile(string directory, string file)
    {
        // Errors name the file as a reader finds it from where Briefing runs: templates/site/pages/deal.sbnhtml.
        var shown = Path.Combine(directory, Path.GetRelativePath(directory, file)).Replace('\\', '/');
        var template = Template.Parse(File.ReadAllText(file), shown);
        if (template.HasErrors)
        {
            throw ScribanErrors.FromParse(template.Messages.First(m => m.Type == ParserMessageType.Error));
        }

        return template;
    }
}
