namespace Briefing.Site.Templates;

/// <summary>A template's text and the path errors name it by.</summary>
/// <remarks>
/// <c>Name</c>: How pages and partials refer to it: <c>deal</c>, <c>fact-list</c>.<br/>
/// <c>DisplayPath</c>: The file as a reader would find it, e.g. <c>templates/site/pages/deal.hbs</c>.<br/>
/// </remarks>
internal sealed record TemplateFile(string Name, string DisplayPath, string Text)
{
    public static TemplateFile Read(string directory, string file) => new(
        System.IO.Path.GetFileNameWithoutExtension(file),
        System.IO.Path.Combine(directory, System.IO.Path.GetRelativePath(directory, file)).Replace('\\', '/'),
        File.ReadAllText(file));
}
