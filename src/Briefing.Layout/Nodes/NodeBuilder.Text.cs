using Briefing.Layout.Blocks;
using Briefing.Layout.Text;

namespace Briefing.Layout.Nodes;

/// <summary>Paragraphs, headings and lists.</summary>
internal sealed partial class NodeBuilder
{
    private static readonly string[] Bullets = ["•", "◦", "▪"];
    private const double MarkerGap = 5;

    private TextNode BuildParagraph(Paragraph paragraph, double width, TextStyle style)
    {
        var lines = ParagraphLayout.Lines(paragraph.Runs, paragraph.Style.Over(style), paragraph.Alignment, width, _text);
        return new TextNode(lines, paragraph.Orphans ?? _settings.Orphans, paragraph.Widows ?? _settings.Widows);
    }

    private TextNode BuildHeading(Heading heading, double width, TextStyle style)
    {
        var headingStyle = heading.Style.Over(_settings.HeadingStyle(heading.Level).Over(style));
        var lines = ParagraphLayout.Lines(heading.Runs, headingStyle, heading.Alignment, width, _text);
        return new TextNode(lines, _settings.Orphans, _settings.Widows);
    }

    private StackNode BuildList(ListBlock list, double width, TextStyle style, int depth)
    {
        var items = new List<LayoutNode>();
        var gaps = new List<double>();
        var markerStyle = list.MarkerStyle.Over(style);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var marker = list.Kind == ListKind.Bulleted ? Bullets[depth % Bullets.Length] : $"{list.Start + i}.";
            var markerLines = ParagraphLayout.Lines([new Run(marker)], markerStyle, TextAlignment.Right, Math.Max(1, list.Indent - MarkerGap), _text);
            var content = BuildStack(list.Items[i].Content, Math.Max(1, width - list.Indent), style, 0, depth + 1);
            items.Add(new ListItemNode(markerLines.Count > 0 ? markerLines[0] : null, content, list.Indent));
            gaps.Add(i == 0 ? 0 : Math.Max(list.ItemSpacing, content.SpaceBefore));
        }

        return new StackNode(items, gaps);
    }
}
