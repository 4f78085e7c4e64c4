namespace Briefing.Site;

/// <summary>
/// A template is wrong: it does not parse, names a value, member or function that does not exist,
/// or runs past a limit. Templates are part of the product, not of the content, so this is thrown
/// rather than collected; the build reports it like a content problem, at
/// <c>file:line:column</c> with a hint.
/// </summary>
public sealed class SiteTemplateException : Exception
{
    public SiteTemplateException()
    {
        Problem = Message;
    }

    public SiteTemplateException(string message)
        : base(message)
    {
        Problem = message;
    }

    public SiteTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = message;
    }

    public SiteTemplateException(TemplatePosition position, string problem, string? hint, Exception? innerException = null)
        : base($"{position}: {problem}", innerException)
    {
        Position = position;
        Problem = problem;
        Hint = hint;
    }

    /// <summary>Where the template is wrong, when known.</summary>
    public TemplatePosition? Position { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }

    /// <summary>What to do about it, when there is something specific to say.</summary>
    public string? Hint { get; }
}
