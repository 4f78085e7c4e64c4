using Briefing.Layout.Blocks;
using Briefing.Layout.Text;

namespace Briefing.Layout.Nodes;

/// <summary>
/// Measures blocks for a width and turns them into layout nodes. Runs once per layout pass, with the
/// page numbers of the previous pass (for page references and <see cref="Dynamic"/> blocks).
/// </summary>
internal sealed partial class NodeBuilder
{
    private readonly DocumentSettings _settings;
    private readonly TextContext _text;
    private readonly PageReferences _references;
    private readonly NodeCache? _cache;

    private readonly double _pageBodyHeight;

    /// <param name="settings">Document settings (styles, widow and orphan limits).</param>
    /// <param name="text">Fonts and page numbers for text.</param>
    /// <param name="references">Page numbers for <see cref="Dynamic"/> blocks.</param>
    /// <param name="pageBodyHeight">Images are scaled down to fit this height, so none is taller than a page.</param>
    /// <param name="cache">Nodes kept from earlier passes, which counts the page numbers asked for; null to build everything.</param>
    public NodeBuilder(DocumentSettings settings, TextContext text, PageReferences references, double pageBodyHeight, NodeCache? cache = null)
    {
        _settings = settings;
        _text = text;
        _references = references;
        _pageBodyHeight = pageBodyHeight;
        _cache = cache;
    }

    /// <summary>Blocks one under another, nested <see cref="Group"/>s flattened so keep-with-next works across them.</summary>
    public StackNode BuildStack(IEnumerable<Block> blocks, double width, TextStyle style, double spacing = 0, int listDepth = 0, double gapShrink = 0)
    {
        var items = new List<(LayoutNode Node, double MinGap)>();
        Flatten(blocks, width, style, spacing, listDepth, items);
        var nodes = items.Select(i => i.Node).ToList();
        var gaps = new List<double>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            gaps.Add(i == 0 ? 0 : Math.Max(items[i].MinGap, Math.Max(nodes[i - 1].SpaceAfter, nodes[i].SpaceBefore)));
        }

        return new StackNode(nodes, gaps, gapShrink);
    }

    public LayoutNode Build(Block block, double width, TextStyle style, int listDepth = 0)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (_cache is null)
        {
            return BuildAnew(block, width, style, listDepth);
        }

        if (_cache.Take(block, width, style, listDepth) is { } kept)
        {
            return kept;
        }

        var lookups = _cache.PageLookups;
        _cache.NoteBuilt();
        var node = BuildAnew(block, width, style, listDepth);
        if (_cache.PageLookups == lookups)
        {
            _cache.Keep(block, width, style, listDepth, node);
        }

        return node;
    }

    private LayoutNode BuildAnew(Block block, double width, TextStyle style, int listDepth)
    {
        if (block is Dynamic dynamic)
        {
            var built = dynamic.Build(_references);
            return Decorate(Build(built, width, style, listDepth), dynamic, null);
        }

        var node = block switch
        {
            Heading heading => (LayoutNode)BuildHeading(heading, width, style),
            Paragraph paragraph => BuildParagraph(paragraph, width, style),
            ListBlock list => BuildList(list, width, style, listDepth),
            Table table => BuildTable(table, width, style),
            Box box => BuildBox(box, width, style, listDepth),
            Columns columns => BuildColumns(columns, width, style, listDepth),
            Group group => BuildStack(group.Content, width, style, group.Spacing, listDepth, group.GapShrink),
            Image image => BuildImage(image, width, _pageBodyHeight),
            Drawing drawing => BuildDrawing(drawing, width, style),
            HorizontalRule rule => BuildRule(rule, width),
            Spacer spacer => new AtomNode(spacer.Height, static (_, _, _) => { }, vanishesAtPageEnd: true),
            PageBreak => new PageBreakNode(),
            _ => throw new NotSupportedException($"Block type {block.GetType().Name} is not supported."),
        };

        var mark = block is Heading h
            ? new HeadingMark(h.PlainTitle, h.Level, h.IsSection, h.InOutline, h.Anchor)
            : null;
        return Decorate(node, block, mark);
    }

    private LayoutNode Decorate(LayoutNode node, Block block, HeadingMark? heading)
    {
        if (block.KeepTogether && node is not KeepTogetherNode)
        {
            node = new KeepTogetherNode(node, Math.Clamp(block.KeepTogetherMaxGap, 0, 1) * _pageBodyHeight);
        }

        if (block.Anchor is not null || heading is not null)
        {
            node = new MarkedNode(node, block.Anchor, heading);
        }

        node.SpaceBefore = Math.Max(node.SpaceBefore, block.SpaceBefore);
        node.SpaceAfter = Math.Max(node.SpaceAfter, block.SpaceAfter);
        node.KeepWithNext |= block.KeepWithNext;
        return node;
    }

    private void Flatten(IEnumerable<Block> blocks, double width, TextStyle style, double spacing, int listDepth, List<(LayoutNode, double)> items)
    {
        foreach (var block in blocks)
        {
            // A plain group joins its parent, so a heading at its end still keeps with what follows the stack.
            // One whose gaps may shrink stays a stack of its own: the shrinking is measured against its own end.
            if (block is Group { KeepTogether: false, Anchor: null, GapShrink: 0d } stack && stack.Content.Count > 0)
            {
                var first = items.Count;
                Flatten(stack.Content, width, style, stack.Spacing, listDepth, items);
                if (items.Count > first)
                {
                    var (head, _) = items[first];
                    head.SpaceBefore = Math.Max(head.SpaceBefore, stack.SpaceBefore);
                    items[first] = (head, spacing);
                    var last = items[^1].Item1;
                    last.SpaceAfter = Math.Max(last.SpaceAfter, stack.SpaceAfter);
                    last.KeepWithNext |= stack.KeepWithNext;
                }

                continue;
            }

            items.Add((Build(block, width, style, listDepth), spacing));
        }
    }
}
