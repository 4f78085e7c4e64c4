using Briefing.Core.Text;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Site.Text;

/// <summary>
/// Markdown fields to HTML through the shared pipeline (raw HTML off), after the syntax tree
/// has been made safe: links whose URL fails <see cref="UrlPolicy"/> become plain text, and
/// images never load from another site (no request leaves the site).
/// </summary>
internal static class SafeMarkdown
{
    // Page templates own h1 and h2; a "# Heading" in a field must not outrank them.
    private const int HeadingShift = 2;

    /// <summary>Block HTML (paragraphs, lists) for narrative fields.</summary>
    public static string ToHtml(string? markdown) => Render(markdown, inline: false);

    /// <summary>
    /// For one-line fields shown inside a sentence or a table cell: a single paragraph is
    /// rendered without its &lt;p&gt;; longer text stays block HTML.
    /// </summary>
    public static string ToInlineHtml(string? markdown) => Render(markdown, inline: true);

    private static string Render(string? markdown, bool inline)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var document = MarkdownText.Parse(markdown);
        MakeSafe(document);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            ImplicitParagraph = inline && document.Count == 1 && document[0] is ParagraphBlock,
        };
        MarkdownText.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().Trim();
    }

    private static void MakeSafe(MarkdownDocument document)
    {
        // Collect every target before changing the tree: once a link is unwrapped, Markdig's
        // Descendants() no longer reaches the inlines after it, and an autolink slipped through.
        var links = document.Descendants<LinkInline>().ToList();
        var autolinks = document.Descendants<AutolinkInline>().ToList();
        var headings = document.Descendants<HeadingBlock>().ToList();

        foreach (var link in links)
        {
            if (!UrlPolicy.IsAllowed(link.Url))
            {
                Unwrap(link);
            }
            else if (link.IsImage && !UrlPolicy.IsInsideSite(link.Url))
            {
                // An image from elsewhere would be a request leaving the site: link to it instead.
                // Validation warns about it (ImagesComeFromTheSite) at its file, line and column.
                link.IsImage = false;
            }
        }

        foreach (var autolink in autolinks)
        {
            if (!UrlPolicy.IsAllowed(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        foreach (var heading in headings)
        {
            heading.Level = Math.Min(6, heading.Level + HeadingShift);
        }
    }

    /// <summary>Replaces a link by its text, so the words stay and the target goes.</summary>
    private static void Unwrap(LinkInline link)
    {
        var children = link.ToList();
        foreach (var child in children)
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }
}
