namespace Briefing.Site;

/// <summary>
/// A template is wrong: it does not parse, or it names a value its page does not have.
/// Templates are part of the product, not of the content, so this is a programmer error and
/// is thrown rather than reported as a content diagnostic. The message starts with
/// <c>file:line</c> when the line is known.
/// </summary>
public sealed class SiteTemplateException : Exception
{
    public SiteTemplateException()
    {
    }

    public SiteTemplateException(string message)
        : base(message)
    {
    }

    public SiteTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SiteTemplateException(string templateFile, int? line, string problem, Exception? innerException)
        : base($"{templateFile}{(line is { } l ? $":{l}" : "")}: {problem}", innerException)
    {
        TemplateFile = templateFile;
        Line = line;
    }

    /// <summary>The template file at fault, relative to the templates directory.</summary>
    public string? TemplateFile { get; }

    /// <summary>The 1-based line, when it could be found.</summary>
    public int? Line { get; }
}
