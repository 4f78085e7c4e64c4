using Briefing.Core.Diagnostics;
using SourceSpan = Briefing.Core.Diagnostics.SourceSpan;
using Briefing.Core.Loading.Documents;
using Briefing.Core.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Core.Validation.Rules;

/// <summary>
/// An image in a Markdown field loads only from inside the site (no scheme, no host, judged as a
/// browser parses the URL): one from elsewhere would make every reader's browser ask another
/// host for it. The site links to such an image instead of showing it; this says so.
/// </summary>
public sealed class ImagesComeFromTheSite : IContentRule
{
    public void Check(ContentIndex content, DiagnosticBag diagnostics)
    {
        foreach (var field in TextFields.Of(content).Where(f => f.Property.Format == ValueFormat.Markdown && f.Text.Contains('!', StringComparison.Ordinal)))
        {
            foreach (var image in MarkdownText.Parse(field.Text).Descendants<LinkInline>().Where(l => l.IsImage))
            {
                if (!UrlPolicy.IsInsideSite(image.Url))
                {
                    diagnostics.Warning(DiagnosticCodes.RemoteImage, Where(field, OffsetOf(field.Text, image.Url ?? "")),
                        $"the image '{Printable.Escape(image.Url ?? "")}' in '{field.Property.Key}' is not a file of the site; it is shown as a link, not loaded",
                        "put the picture in the site's own files and give its path (e.g. assets/chart.png), or link to it with [text](url)");
                }
            }
        }
    }

    /// <summary>
    /// Where the image starts in the text: the '![' before its URL. Markdig keeps no inline positions
    /// without its precise-location mode, which the shared pipeline does not need for anything else.
    /// </summary>
    private static int OffsetOf(string text, string url)
    {
        var at = url.Length == 0 ? -1 : text.IndexOf(url, StringComparison.Ordinal);
        return at < 0 ? 0 : Math.Max(0, text.LastIndexOf("![", at, StringComparison.Ordinal));
    }

    /// <summary>
    /// The image's place in the file: its offset in the text counted from where the value starts, exact for
    /// quoted one-line values (one column late for plain ones) and the right line for block values.
    /// </summary>
    private static SourceSpan Where(TextFields.TextField field, int offset)
    {
        var span = field.Span;
        var before = field.Text.AsSpan(0, Math.Clamp(offset, 0, field.Text.Length));
        var lines = before.Count('\n');
        return lines == 0
            ? span with { Column = span.Column + offset + 1 }
            : span with { Line = span.Line + lines + 1, Column = offset - before.LastIndexOf('\n') };
    }
}
