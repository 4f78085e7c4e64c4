using System.Text.RegularExpressions;

namespace Briefing.Site.Templates;

/// <summary>A template's text and the path errors name it by.</summary>
/// <remarks>
/// <c>Name</c>: how pages and partials refer to it: <c>deal</c>, <c>fact-list</c>.<br/>
/// <c>DisplayPath</c>: the file as a reader would find it, e.g. <c>templates/site/pages/deal.hbs</c>.<br/>
/// <c>Text</c>: the template as compiled (see <see cref="WithoutPartialIndent"/>).
/// </remarks>
internal sealed partial record TemplateFile(string Name, string DisplayPath, string Text)
{
    public static TemplateFile Read(string directory, string file) => new(
        Path.GetFileNameWithoutExtension(file),
        Path.Combine(directory, Path.GetRelativePath(directory, file)).Replace('\\', '/'),
        WithoutPartialIndent(File.ReadAllText(file)));

    /// <summary>
    /// Removes the indentation before a partial call that stands alone on its line. Handlebars.Net
    /// 2.4.3 re-indents such a partial's output and, doing so, writes it without HTML escaping:
    /// <c>"  {{> item}}"</c> printed a title's <c>&lt;script&gt;</c> raw. Unindented, the partial
    /// escapes as it should. Only spaces on the same line go, so line numbers stay true.
    /// </summary>
    public static string WithoutPartialIndent(string text) => IndentedPartial().Replace(text, "$1");

    [GeneratedRegex(@"(?m)^[ \t]+(\{\{~?#?>)")]
    private static partial Regex IndentedPartial();
}
