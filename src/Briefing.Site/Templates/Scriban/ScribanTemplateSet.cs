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
    /// <summary>
    /// Scriban's built-in modules a template may not use: the clock (date, timespan) would make output
    /// differ between builds, partials go through `partial`, and a regular expression can run for
    /// seconds per call.
    /// </summary>
    private static readonly string[] WithheldBuiltins = ["date", "timespan", "include", "include_join", "regex"];

    /// <summary>Functions of the modules that remain which give a different answer on every call.</summary>
    private static readonly (string Module, string Function)[] WithheldFunctions = [("math", "random"), ("math", "uuid")];

    private readonly Dictionary<string, Template> _pages;
    private readonly Template _layout;
    private readonly ScriptObject _builtins;
    private readonly ScriptObject _functions;

    private ScribanTemplateSet(Dictionary<string, Template> pages, Template layout, IReadOnlyDictionary<string, Template> partials)
    {
        _pages = pages;
        _layout = layout;
        _builtins = SharedBuiltins();

        _functions = new ScriptObject();
        _functions.Import(typeof(TemplateHelpers));
        var partial = new PartialFunction(partials);
        _functions.Import(PartialFunction.Name, new Func<TemplateContext, SourceSpan, string, object?, TrustedHtml>(partial.Render));
        _functions.IsReadOnly = true;
    }

    public IReadOnlyCollection<string> PageNames => _pages.Keys;

    // One set of modules serves every page, on every thread: read-only all the way down, so no
    // template can add a member to `array` that another page would then see.
    private static BuiltinFunctions SharedBuiltins()
    {
        var builtins = new BuiltinFunctions();
        foreach (var name in WithheldBuiltins)
        {
            builtins.Remove(name);
        }

        foreach (var (module, function) in WithheldFunctions)
        {
            ((ScriptObject)builtins[module]!).Remove(function);
        }

        foreach (var module in builtins.Values.OfType<ScriptObject>())
        {
            module.IsReadOnly = true;
        }

        builtins.IsReadOnly = true;
        return builtins;
    }

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

        return FromSources(ReadFile(directory, layoutPath), Read(directory, "pages"), Read(directory, "partials"));
    }

    /// <summary>Parses templates given as text (tests, and any host that keeps templates elsewhere).</summary>
    /// <exception cref="SiteTemplateException">A template does not parse.</exception>
    public static ScribanTemplateSet FromSources(TemplateSource layout, IEnumerable<TemplateSource> pages, IEnumerable<TemplateSource> partials) =>
        new(Parse(pages), Parse(layout), Parse(partials));

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

    private static Dictionary<string, Template> Parse(IEnumerable<TemplateSource> sources) =>
        sources.ToDictionary(t => t.Name, Parse, StringComparer.Ordinal);

    private static Template Parse(TemplateSource source)
    {
        var template = Template.Parse(source.Text, source.ShownPath);
        if (template.HasErrors)
        {
            throw ScribanErrors.FromParse(template.Messages.First(m => m.Type == ParserMessageType.Error));
        }

        return template;
    }

    private static IEnumerable<TemplateSource> Read(string directory, string folder)
    {
        var path = Path.Combine(directory, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*" + TemplateConventions.Extension).Order(StringComparer.Ordinal).Select(f => ReadFile(directory, f))
            : [];
    }

    // Errors name the file as a reader finds it from where Briefing runs: templates/site/pages/deal.sbnhtml.
    private static TemplateSource ReadFile(string directory, string file) => new(
        Path.GetFileNameWithoutExtension(file),
        Path.Combine(directory, Path.GetRelativePath(directory, file)).Replace('\\', '/'),
        File.ReadAllText(file));
}
