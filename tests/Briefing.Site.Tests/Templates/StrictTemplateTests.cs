using System.Text.RegularExpressions;
using Briefing.Site.Templates;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Templates;

/// <summary>A template that names a value its view lacks is an error with file and line, never an empty string.</summary>
public sealed partial class StrictTemplateTests : IDisposable
{
    private readonly TempDirectory _dir = new("briefing-templates-");

    public StrictTemplateTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "pages"));
        Directory.CreateDirectory(Path.Combine(_dir.Path, "partials"));
        File.WriteAllText(Path.Combine(_dir.Path, "layout.hbs"), "<main>{{{body}}}</main>");
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void An_unknown_value_in_a_page_names_the_file_and_line()
    {
        Write("pages/deal.hbs", "<h1>{{title}}</h1>\n<p>\n  {{titel}}\n</p>");
        var templates = TemplateSet.Load(_dir.Path);

        var error = Assert.Throws<SiteTemplateException>(() => templates.RenderPage("deal", new { title = "A" }));

        Assert.EndsWith("pages/deal.hbs", error.TemplateFile, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
        Assert.StartsWith(error.TemplateFile + ":3: 'titel'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_value_in_a_partial_names_the_partial()
    {
        Write("pages/home.hbs", "{{#each items}}\n{{> item}}\n{{/each}}");
        Write("partials/item.hbs", "<li>\n{{name}} {{priice}}\n</li>");
        var templates = TemplateSet.Load(_dir.Path);

        var error = Assert.Throws<SiteTemplateException>(() => templates.RenderPage("home", new { items = new[] { new { name = "x" } } }));

        Assert.EndsWith("partials/item.hbs", error.TemplateFile, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void An_unknown_value_in_a_condition_is_an_error_too()
    {
        Write("pages/home.hbs", "{{#if subtitel}}x{{/if}}");

        var error = Assert.Throws<SiteTemplateException>(() => TemplateSet.Load(_dir.Path).RenderPage("home", new { subtitle = "s" }));

        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void A_null_optional_value_is_not_an_error()
    {
        Write("pages/home.hbs", "[{{#if subtitle}}{{subtitle}}{{/if}}]");

        Assert.Equal("[]", TemplateSet.Load(_dir.Path).RenderPage("home", new { subtitle = (string?)null }));
    }

    [Fact]
    public void A_syntax_error_names_the_file_and_line_when_the_template_is_loaded()
    {
        Write("pages/home.hbs", "ok\n<p>{{name}</p>\n");

        var error = Assert.Throws<SiteTemplateException>(() => TemplateSet.Load(_dir.Path));

        Assert.EndsWith("pages/home.hbs", error.TemplateFile, StringComparison.Ordinal);
        // Handlebars.Net reports where its parser gave up: the mistake's line or the next.
        Assert.InRange(error.Line ?? 0, 2, 3);
    }

    [Fact]
    public void A_folder_without_a_layout_is_refused_with_advice()
    {
        File.Delete(Path.Combine(_dir.Path, "layout.hbs"));

        var error = Assert.Throws<SiteTemplateException>(() => TemplateSet.Load(_dir.Path));

        Assert.Contains("templates/site", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indented_partial_still_escapes_what_it_prints()
    {
        // Handlebars.Net 2.4.3 prints an indented standalone partial unescaped; TemplateFile strips the indent.
        Write("pages/home.hbs", "<ul>\n    {{> item}}\n</ul>");
        Write("partials/item.hbs", "<li>{{name}}</li>\n");

        var html = TemplateSet.Load(_dir.Path).RenderPage("home", new { name = "<script>x</script>" });

        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_templates_never_print_a_helper_name_as_a_bare_value()
    {
        // Handlebars.Net resolves {{name}} and {{#if name}} to a helper before a value of that name,
        // so a view property named like a helper could never be printed. Keep the names apart.
        string[] helpers = ["formatDate", "formatPeriod", "formatFigure", "formatAmount", "formatWhen", "formatQualifier",
            "formatNumber", "formatPercent", "formatMoney", "plural", "humanize", "url", "cite", "markdown", "markdownInline"];
        var offenders = Directory.EnumerateFiles(RepositoryPaths.SiteTemplates, "*.hbs", SearchOption.AllDirectories)
            .SelectMany(f => BareOrConditional().Matches(File.ReadAllText(f)).Select(m => (File: f, Name: m.Groups[1].Value)))
            .Where(p => helpers.Contains(p.Name, StringComparer.OrdinalIgnoreCase))
            .Select(p => $"{p.File}: {p.Name}")
            .ToList();

        Assert.Empty(offenders);
    }

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_dir.Path, relative), text);

    [GeneratedRegex(@"\{\{(?:#if |#unless |#each |#with )?\s*([A-Za-z]+)\s*\}\}")]
    private static partial Regex BareOrConditional();
}
