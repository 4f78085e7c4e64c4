using Briefing.Core.Text;
using Briefing.Layout.Text;
using Markdig.Syntax.Inlines;

namespace Briefing.Pdf.Text;

/// <summary>Inlines: emphasis, code, links (allowed addresses only), breaks and entities.</summary>
internal sealed partial class MarkdownRuns
{
    private List<Run> InlineRuns(ContainerInline? container)
    {
        var runs = new List<Run>();
        if (container is not null)
        {
            Walk(container, new InlineState(), runs);
        }

        return runs;
    }

    private void Walk(ContainerInline container, InlineState state, List<Run> runs)
    {
        foreach (var inline in container)
        {
            Visit(inline, state, runs);
        }
    }

    private void Visit(Inline inline, InlineState state, List<Run> runs)
    {
        switch (inline)
        {
            case LiteralInline literal:
                runs.Add(Text(literal.Content.ToString(), state));
                break;
            case LineBreakInline lineBreak:
                // A soft break is a space to the reader; only a hard break starts a new line.
                runs.Add(Text(lineBreak.IsHard ? "\n" : " ", state));
                break;
            case EmphasisInline emphasis:
                Walk(emphasis, emphasis.DelimiterCount >= 2 ? state with { Bold = true } : state with { Italic = true }, runs);
                break;
            case CodeInline code:
                runs.Add(Text(code.Content, state with { Code = true }));
                break;
            case LinkInline { IsImage: true } image:
                // A PDF from text has no pictures to show; the alternative text stands in, in italics.
                Walk(image, state with { Italic = true }, runs);
                break;
            case LinkInline link:
                Walk(link, LinkState(link.GetDynamicUrl?.Invoke() ?? link.Url, state), runs);
                break;
            case AutolinkInline autolink:
                runs.Add(Text(autolink.Url, LinkState(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, state)));
                break;
            case HtmlEntityInline entity:
                runs.Add(Text(entity.Transcoded.ToString(), state));
                break;
            case HtmlInline html:
                // Raw HTML is off in the shared pipeline, so this only appears if that changes: show it as text.
                runs.Add(Text(html.Tag, state));
                break;
            case DelimiterInline delimiter:
                runs.Add(Text(delimiter.ToLiteral(), state));
                Walk(delimiter, state, runs);
                break;
            case ContainerInline other:
                Walk(other, state, runs);
                break;
        }
    }

    private static InlineState LinkState(string? url, InlineState state) =>
        IsLinkable(url) ? state with { Link = url!.Trim() } : state;

    /// <summary>
    /// A link reaches the PDF only when the shared policy allows it and it is absolute: a relative
    /// address means something on the site but nothing in a file a client opens.
    /// </summary>
    internal static bool IsLinkable(string? url) =>
        UrlPolicy.IsAllowed(url)
        && Uri.TryCreate(url!.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto);

    private Run Text(string text, InlineState state)
    {
        var style = new TextStyle
        {
            Bold = state.Bold ? true : null,
            Italic = state.Italic ? true : null,
            FontFamily = state.Code ? _theme.MonoFont : null,
            Size = state.Code ? _theme.Code.Size : null,
            Color = state.Link is null ? null : _theme.Link.Color,
        };
        return state.Link is null ? new Run(text, style) : Run.Hyperlink(text, state.Link, style);
    }

    private readonly record struct InlineState(bool Bold = false, bool Italic = false, bool Code = false, string? Link = null);
}
