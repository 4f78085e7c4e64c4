using System.Reflection;
using Briefing.Site.Templates;
using Briefing.Site.Templates.Scriban;
using Briefing.Site.Tests.Support;
using Scriban;
using Scriban.Runtime;

namespace Briefing.Site.Tests.Templates;

/// <summary>The shipped templates and the views they read fit the engine's rules.</summary>
public sealed class RealTemplateTests
{
    private static readonly Type[] ViewTypes = [.. typeof(SiteRenderer).Assembly.GetTypes()
        .Where(t => t.Namespace is "Briefing.Site.Views" or "Briefing.Site.Pages" && t.GetMethod("<Clone>$") is not null)];

    [Fact]
    public void Every_template_is_scriban_and_parses()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.SiteTemplates, "*.*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}assets{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Equal(TemplateConventions.Extension, Path.GetExtension(f)));
        _ = ScribanTemplateSet.Load(RepositoryPaths.SiteTemplates);
    }

    [Fact]
    public void No_view_value_is_named_like_a_keyword_or_a_function_so_every_one_can_be_read()
    {
        // 'when' is a keyword: {{ if when }} does not parse. A value named 'url' would hide the url function.
        var functions = new ScriptObject();
        functions.Import(typeof(TemplateHelpers));
        string[] taken = [.. functions.GetMembers(), "partial", "items", "this", "array", "string", "math", "html", "object", "regex"];

        var offenders = ViewTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t.Name, Name: StandardMemberRenamer.Rename(p.Name))))
            .Where(p => taken.Contains(p.Name, StringComparer.Ordinal) || Template.Parse($"{{{{ if {p.Name} }}}}{{{{ end }}}}").HasErrors)
            .Select(p => $"{p.Type}.{p.Name}")
            .Distinct()
            .ToList();

        Assert.NotEmpty(ViewTypes);
        Assert.Empty(offenders);
    }
}
