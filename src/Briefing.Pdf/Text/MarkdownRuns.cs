using Briefing.Core.Text;
using Briefing.Layout.Blocks;
using Briefing.Layout.Text;
using Briefing.Pdf.Theming;
using Markdig.Syntax;
using Block = Briefing.Layout.Blocks.Block;
using MdListBlock = Markdig.Syntax.ListBlock;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Text;

/// <summary>
/// Turns a Markdown field into layout blocks by walking Markdig's syntax tree, the same tree the site
/// renders, so both products say the same thing. Block structure lives here; inlines in
/// <c>MarkdownRuns.Inlines.cs</c>. Nothing is dropped: whatever a reader would see on the site reaches the page.
/// </summary>
internal sealed partial class MarkdownRuns
{
    private readonly PdfTheme _theme;

    public MarkdownRuns(PdfTheme theme)
    {
        _theme = theme;
    }

    /// <summary>
    /// The blocks of a Markdown field. <paramref name="trailing"/> runs (citation markers) end the last
    /// paragraph, or form one of their own when the field ends in a list or a quote.
    /// </summary>
    public IReadOnlyList<Block> Blocks(string? markdown, TextStyle? style = null, IReadOnlyList<Run>? trailing = null)
    {
        var blocks = Convert(MarkdownText.Parse(markdown ?? ""), style ?? TextStyle.Inherit);
        if (trailing is not { Count: > 0 })
        {
            return blocks;
        }

        if (blocks.Count > 0 && blocks[^1] is Paragraph last)
        {
            blocks[^1] = last with { Runs = [.. last.Runs, .. trailing] };
        }
        else
        {
            blocks.Add(new Paragraph(trailing) { Style = style ?? TextStyle.Inherit });
        }

        return blocks;
    }

    private List<Block> Convert(ContainerBlock container, TextStyle style)
    {
        var blocks = new List<Block>();
        foreach (var block in container)
        {
            if (Convert(block, style) is { } converted)
            {
                blocks.Add(converted);
            }
        }

        return blocks;
    }

    private Block? Convert(Markdig.Syntax.Block block, TextStyle style) => block switch
    {
        // Reference definitions print nothing; their links already carry the URL.
        LinkReferenceDefinitionGroup or LinkReferenceDefinition or BlankLineBlock => null,
        HeadingBlock heading => HeadingOf(heading, style),
        ParagraphBlock paragraph => new Paragraph(InlineRuns(paragraph.Inline)) { Style = style },
        ThematicBreakBlock => new HorizontalRule { Stroke = _theme.Hairline, SpaceBefore = Space.Medium, SpaceAfter = Space.Medium },
        CodeBlock code => CodeOf(code, style),
        MdListBlock list => ListOf(list, style),
        QuoteBlock quote => QuoteOf(quote, style),
        LeafBlock leaf => new Paragraph(leaf.Inline is { } inline ? InlineRuns(inline) : [new Run(LinesOf(leaf))]) { Style = style },
        ContainerBlock other => new Group(Convert(other, style)),
        _ => null,
    };

    // Headings inside a field are emphasis within that field, not document structure: they must not
    // reach the outline or the running header, so they are bold paragraphs kept with what follows.
    private Paragraph HeadingOf(HeadingBlock heading, TextStyle style) =>
        new(InlineRuns(heading.Inline))
        {
            Style = new TextStyle { Bold = true, FontFamily = _theme.HeadingFont, Size = heading.Level <= 2 ? 12 : null }.Over(style),
            KeepWithNext = true,
            SpaceBefore = Space.Text,
            SpaceAfter = Space.Small,
        };

    private Box CodeOf(CodeBlock code, TextStyle style) =>
        new(new Paragraph(new Run(LinesOf(code))) { Style = _theme.Code.Over(style), SpaceAfter = 0 })
        {
            Background = _theme.Tint,
            Padding = _theme.CodePadding,
            SpaceAfter = Space.Medium,
        };

    private Layout.Blocks.ListBlock ListOf(MdListBlock list, TextStyle style)
    {
        var items = list.OfType<ListItemBlock>().Select(item => new ListItem([.. Convert(item, style)])).ToArray();
        var start = list.IsOrdered && int.TryParse(list.OrderedStart, out var first) ? first : 1;
        return new Layout.Blocks.ListBlock(list.IsOrdered ? ListKind.Numbered : ListKind.Bulleted, items)
        {
            Start = start,
            Indent = list.IsOrdered ? _theme.NumberIndent : _theme.BulletIndent,
            MarkerStyle = new TextStyle { Color = _theme.Muted },
        };
    }

    // A quote is set off by a thin bar in the rule colour: a one-row table whose first cell is the bar.
    private Table QuoteOf(QuoteBlock quote, TextStyle style) =>
        new Table(ColumnWidth.Fixed(_theme.QuoteBar), ColumnWidth.Relative())
        {
            Border = null,
            CellPadding = _theme.QuotePadding,
            SpaceAfter = Space.Medium,
            Rows = [new TableRow(new TableCell() { Background = _theme.Rule }, new TableCell([.. Convert(quote, new TextStyle { Color = _theme.Muted }.Over(style))]))],
        };

    private static string LinesOf(LeafBlock leaf) => leaf.Lines.ToString().TrimEnd('\n');
}
