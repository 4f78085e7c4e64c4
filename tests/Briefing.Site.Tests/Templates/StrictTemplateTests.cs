using Briefing.Site.Templates.Scriban;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Templates;

/// <summary>
/// A template that names a value, member or function that does not exist, or does not parse, is
/// an error at file:line:column with a hint, from Scriban's own source spans; never an empty string.
/// </summary>
public sealed class StrictTemplateTests : IDisposable
{
    private readonly TempDirectory _dir = new("briefing-templates-");

    public StrictTemplateTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "pages"));
        Directory.CreateDirectory(Path.Combine(_dir.Path, "partials"));
        Write("layout.sbnhtml", "<main>{{ body }}</main>");
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void An_unknown_value_in_a_page_names_the_file_line_and_column_and_the_name_meant()
    {
        Write("pages/deal.sbnhtml", "<h1>{{ title }}</h1>\n<p>\n  {{ titel }}\n</p>");

        var error = Assert.Throws<SiteTemplateException>(() => Load().RenderPage("deal", new { Title = "A", Kind = "x" }, default));

        Assert.Equal(new TemplatePosition(Shown("pages/deal.sbnhtml"), 3, 6), error.Position);
        Assert.Equal($"{Shown("pages/deal.sbnhtml")}:3:6: 'titel' is not a value or function here", error.Message);
        Assert.Equal("did you mean 'title'?", error.Hint);
    }

    [Fact]
    public void An_unknown_member_names_its_position_and_the_members_of_that_value()
    {
        Write("pages/deal.sbnhtml", "{{ for p in parties }}\n{{ p.nmae }}\n{{ end }}");

        var error = Assert.Throws<SiteTemplateException>(() => Load().RenderPage("deal", new { Parties = new[] { new Party("BYD", "buyer") } }, default));

        Assert.Equal(2, error.Position!.Line);
        Assert.Equal(6, error.Position.Column);
        Assert.Contains("'nmae' is not a member of Party", error.Problem, StringComparison.Ordinal);
        Assert.Equal("did you mean 'name'?", error.Hint);
    }

    [Fact]
    public void An_unknown_function_is_an_error_with_the_functions_offered()
    {
        Write("pages/home.sbnhtml", "x {{ format_dat edition }}");

        var error = Assert.Throws<SiteTemplateException>(() => Load().RenderPage("home", new { Edition = new Core.Model.PartialDate(2024) }, default));

        Assert.Equal(1, error.Position!.Line);
        Assert.Equal(6, error.Position.Column);
        Assert.Equal("did you mean 'format_date'?", error.Hint);
    }

    [Fact]
    public void An_unknown_value_in_a_partial_names_the_partial()
    {
        Write("pages/home.sbnhtml", "{{ for item in items }}\n{{ partial \"item\" item }}\n{{ end }}");
        Write("partials/item.sbnhtml", "<li>\n{{ name }} {{ priice }}\n</li>");

        var error = Assert.Throws<SiteTemplateException>(() => Load().RenderPage("home", new { Items = new[] { new { Name = "x", Price = 1 } } }, default));

        Assert.Equal(new TemplatePosition(Shown("partials/item.sbnhtml"), 2, 15), error.Position);
        Assert.Equal("did you mean 'price'?", error.Hint);
    }

    [Fact]
    public void A_partial_sees_only_what_it_was_given_not_the_page_that_called_it()
    {
        // 'title' exists on the page, not on the item: found silently, it would print the page's title in every item.
        Write("pages/home.sbnhtml", "{{ for item in items }}{{ partial \"item\" item }}{{ end }}");
        Write("partials/item.sbnhtml", "<li>{{ title }}</li>");

        var error = Assert.Throws<SiteTemplateException>(() => Load().RenderPage("home", new { Title = "Page", Items = new[] { new { Name = "x" } } }, default));

        Assert.EndsWith("partials/item.sbnhtml", error.Position!.File, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_value_in_a_condition_is_an_error_too()
    {
        Write("pages/home.sbnhtml", "{{ if subtitel }}x{{ end }}");

        var error = Assert.Throws<SiteTemplateException>(() => Load().RenderPage("home", new { Subtitle = "s" }, default));

        Assert.Equal(1, error.Position!.Line);
        Assert.Equal("did you mean 'subtitle'?", error.Hint);
    }

    [Fact]
    public void A_null_optional_value_is_not_an_error()
    {
        Write("pages/home.sbnhtml", "[{{ if subtitle }}{{ subtitle }}{{ end }}]");

        Assert.Equal("[]", Load().RenderPage("home", new { Subtitle = (string?)null }, default));
    }

    [Fact]
    public void A_syntax_error_names_the_file_line_and_column_when_the_templates_are_loaded()
    {
        Write("pages/home.sbnhtml", "ok\n<p>{{ if name }}</p>\n");

        var error = Assert.Throws<SiteTemplateException>(Load);

        Assert.Equal(Shown("pages/home.sbnhtml"), error.Position!.File);
        Assert.Equal(2, error.Position.Line);
        Assert.Equal(17, error.Position.Column);
        Assert.Contains("does not parse", error.Problem, StringComparison.Ordinal);
        Assert.Contains("'end'", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_a_layout_is_refused_with_advice()
    {
        File.Delete(Path.Combine(_dir.Path, "layout.sbnhtml"));

        var error = Assert.Throws<SiteTemplateException>(Load);

        Assert.Contains("templates/site", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_still_holds_handlebars_templates_gets_one_error_that_says_so()
    {
        Write("pages/deal.hbs", "<h1>{{title}}</h1>");
        Write("partials/fact.hbs", "<li>{{statement}}</li>");

        var error = Assert.Throws<SiteTemplateException>(Load);

        Assert.Contains("holds Handlebars templates (pages/deal.hbs, partials/fact.hbs)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Moving a Handlebars template to Scriban", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_helper_argument_points_at_that_argument()
    {
        var error = Assert.Throws<SiteTemplateException>(() => Render.Template("{{ format_money 8 \"yuan\" }}", new { }));

        Assert.Equal(new TemplatePosition("pages/test.sbnhtml", 1, 19), error.Position);
        Assert.Equal("needs a three-letter currency code, got 'yuan'", error.Problem);
    }

    private ScribanTemplateSet Load() => ScribanTemplateSet.Load(_dir.Path);

    private string Shown(string relative) => Path.Combine(_dir.Path, relative);

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_dir.Path, relative), text);

    private sealed record Party(string Name, string Role);
}
