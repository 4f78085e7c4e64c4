namespace Briefing.Layout.Nodes;

/// <summary>The result of splitting a node at a page end: what stays on this page and what moves on.</summary>
internal readonly record struct NodeSplit(LayoutNode? Head, LayoutNode? Tail)
{
    public static NodeSplit Whole(LayoutNode node) => new(node, null);

    public static NodeSplit Nothing(LayoutNode node) => new(null, node);
}
