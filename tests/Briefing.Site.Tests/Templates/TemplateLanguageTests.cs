using Briefing.Core.Model;
using Briefing.Site.Templates;
using Briefing.Site.Templates.Scriban;
using Briefing.Site.Views;

namespace Briefing.Site.Tests.Templates;

/// <summary>The parts of the template language the site relies on: truthiness, loops, partials and the layout.</summary>
public sealed class TemplateLanguageTests
{
    [Theory]
    [MemberData(nameof(FalseValues))]
    public void Nothing_false_an_empty_string_and_an_empty_list_are_false(object? value)
    {
        Assert.Equal("no", Render.Template("{{ if v }}yes{{ else }}no{{ end }}", new Holder(value)));
    }

    [Theory]
    [MemberData(nameof(TrueValues))]
    public void Anything_else_is_true_a_zero_included(object value)
    {
        Assert.Equal("yes", Render.Template("{{ if v }}yes{{ else }}no{{ end }}", new Holder(value)));
    }

    public static TheoryData<object?> FalseValues() => new() { null, false, "", Array.Empty<string>(), new List<int>(), Enumerable.Empty<int>().Select(i => i) };

    public static TheoryData<object> TrueValues() => new() { true, " ", "x", 0, 0m, new List<int> { 1 }, Enumerable.Range(0, 1).Select(i => i), new { A = 1 } };

    [Fact]
    public void A_loop_has_an_else_for_no_items_and_knows_its_last_item()
    {
        const string Template = "{{ for x in list }}{{ x }}{{ if !for.last }}, {{ end }}{{ else }}none{{ end }}";

        Assert.Equal("a, b, c", Render.Template(Template, new { List = new List<string> { "a", "b", "c" } }));
        Assert.Equal("none", Render.Template(Template, new { List = Array.Empty<string>() }));
    }

    [Fact]
    public void A_partial_gets_its_argument_as_variables_and_a_list_as_items()
    {
        var html = Render.Template(
            "{{ partial \"card\" deal }}|{{ partial \"names\" deal.parties }}",
            new { Deal = new { Title = "Deal", Parties = new List<string> { "A", "B" } } },
            ("card", "<h3>{{ title }}</h3>"),
            ("names", "{{ for p in items }}{{ p }}{{ end }}"));

        Assert.Equal("<h3>Deal</h3>|AB", html);
    }

    [Fact]
    public void A_partial_can_be_given_the_template_s_own_object()
    {
        Assert.Equal("<b>x</b>", Render.Template("{{ partial \"b\" { text: name } }}", new { Name = "x" }, ("b", "<b>{{ text }}</b>")));
    }

    [Fact]
    public void An_unknown_partial_is_an_error_naming_the_ones_there_are()
    {
        var error = Assert.Throws<SiteTemplateException>(() => Render.Template("{{ partial \"crad\" x }}", new { X = new { } }, ("card", "")));

        Assert.Contains("there is no partial 'crad'", error.Problem, StringComparison.Ordinal);
        Assert.Contains("known: card", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_layout_wraps_the_page_body_without_escaping_it()
    {
        var set = ScribanTemplateSet.FromSources(
            new("layout", "layout.sbnhtml", "<title>{{ page.title }}</title><main>{{ body }}</main>"),
            [new("home", "pages/home.sbnhtml", "<p>{{ text }}</p>")],
            []);

        var body = set.RenderPage("home", new { Text = "a < b" }, default);
        var page = set.RenderLayout(new LayoutView(Frame("A & B"), new TrustedHtml(body)), default);

        Assert.Equal("<title>A &amp; B</title><main><p>a &lt; b</p></main>", page);
    }

    [Fact]
    public void The_clock_is_not_available_so_output_cannot_depend_on_when_it_was_built()
    {
        var error = Assert.Throws<SiteTemplateException>(() => Render.Template("{{ date.now }}", new { }));

        Assert.Contains("'date' is not a value or function", error.Problem, StringComparison.Ordinal);
    }

    private static PageFrame Frame(string title) => new(title, title, title, "en", "", [], "briefing.pdf", "", new PartialDate(2024), [], null);

    private sealed record Holder(object? V);
}
