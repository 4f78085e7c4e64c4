using Briefing.Site.Templates;

namespace Briefing.Site.Tests.Templates;

/// <summary>Every value a template prints is HTML-escaped, unless the renderer made it as trusted HTML.</summary>
public sealed class EscapingTests
{
    private const string Attack = "<script>alert(1)</script>\"' onmouseover=\"x\" &amp;";
    private const string Escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39; onmouseover=&quot;x&quot; &amp;amp;";

    [Fact]
    public void A_value_is_escaped_in_text_and_in_attributes()
    {
        Assert.Equal($"<p title=\"{Escaped}\">{Escaped}</p>", Render.Template("<p title=\"{{ t }}\">{{ t }}</p>", new { T = Attack }));
    }

    [Fact]
    public void Members_list_items_expressions_and_builtins_are_escaped_too()
    {
        var view = new { Item = new { Name = Attack }, List = new[] { Attack } };

        Assert.Equal(Escaped, Render.Template("{{ item.name }}", view));
        Assert.Equal(Escaped, Render.Template("{{ for x in list }}{{ x }}{{ end }}", view));
        Assert.Equal(Escaped + "!", Render.Template("{{ item.name + \"!\" }}", view));
        Assert.Equal(Escaped, Render.Template("{{ list | array.join \",\" }}", view));
        Assert.Equal("&lt;b&gt;", Render.Template("{{ \"<b>\" }}", view));
    }

    [Fact]
    public void Trusted_html_from_the_renderer_is_printed_as_is()
    {
        var html = Render.Template("{{ body }}|{{ markdown text }}", new { Body = new TrustedHtml("<em>ok</em>"), Text = "*ok* <b>raw</b>" });

        Assert.Equal("<em>ok</em>|<p><em>ok</em> &lt;b&gt;raw&lt;/b&gt;</p>", html);
    }

    [Fact]
    public void A_partial_escapes_what_it_prints_once_and_its_output_is_not_escaped_again()
    {
        var html = Render.Template("<ul>\n    {{ partial \"item\" item }}\n</ul>", new { Item = new { Name = "<script>x</script> & co" } },
            ("item", "<li>{{ name }}</li>\n"));

        Assert.Equal("<ul>\n    <li>&lt;script&gt;x&lt;/script&gt; &amp; co</li>\n\n</ul>", html);
    }

    [Fact]
    public void A_string_that_looks_like_trusted_html_is_still_escaped()
    {
        // Only the renderer's own TrustedHtml passes: a template cannot mark text as safe.
        Assert.Equal("&lt;i&gt;", Render.Template("{{ x | string.strip }}", new { X = "<i>" }));
    }
}
