namespace Briefing.Site.Templates;

/// <summary>
/// HTML that the renderer itself made and escaped (rendered Markdown, citation links, a
/// <c>&lt;time&gt;</c>, a partial's output, the page body in the layout). It is the only kind of
/// value a template prints as is; every other value is HTML-escaped when printed.
/// </summary>
internal sealed record TrustedHtml(string Html)
{
    public static readonly TrustedHtml Empty = new("");

    public override string ToString() => Html;
}
