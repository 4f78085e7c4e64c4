using Markdig;
using Markdig.Syntax;

namespace Briefing.Core.Text;

/// <summary>
/// The one Markdown dialect narrative fields are written in, shared by the site and the PDF
/// so both products read the same syntax tree. Raw HTML is off: it is shown as text.
/// </summary>
public static class MarkdownText
{
    /// <summary>
    /// CommonMark with raw HTML disabled and typographer's quotes; deliberately no extensions an analyst
    /// could trip over.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder().DisableHtml();
        builder.DocumentProcessed += Typography.Curl;
        return builder.Build();
    }

    /// <summary>Parses a Markdown field into Markdig's syntax tree.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);
}
