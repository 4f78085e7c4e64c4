using Briefing.Layout.Blocks;
using Briefing.Layout.Text;

namespace Briefing.Layout.Nodes;

/// <summary>
/// Built nodes kept from one layout pass to the next. A block whose building asked for no page number is
/// built the same way in every pass, so only the blocks that print page numbers (contents entries, "cited
/// on pages", page references) are built again; the text of everything else is measured and broken into
/// lines once. Nodes are never changed by splitting, so a kept node can be laid out again.
/// </summary>
internal sealed class NodeCache
{
    private readonly Dictionary<Block, List<Entry>> _built = new(ReferenceEqualityComparer.Instance);

    /// <summary>The current pass; a node is handed out once per pass, so a block placed twice gets a node per place.</summary>
    public int Pass
    {
        get => BuiltPerPass.Count;
        set
        {
            while (BuiltPerPass.Count < value)
            {
                BuiltPerPass.Add(0);
            }
        }
    }

    /// <summary>Blocks built anew in each pass (the rest were kept), so tests can see that later passes redo only what moves.</summary>
    public List<int> BuiltPerPass { get; } = [];

    public void NoteBuilt() => BuiltPerPass[^1]++;

    /// <summary>Page numbers asked for so far; a block whose building changed it depends on page numbers.</summary>
    public int PageLookups { get; private set; }

    public void NotePageLookup() => PageLookups++;

    public LayoutNode? Take(Block block, double width, TextStyle style, int listDepth)
    {
        if (!_built.TryGetValue(block, out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (entry.Width == width && entry.ListDepth == listDepth && entry.Pass != Pass && entry.Style.Equals(style))
            {
                entry.Pass = Pass;
                return entry.Node;
            }
        }

        return null;
    }

    public void Keep(Block block, double width, TextStyle style, int listDepth, LayoutNode node)
    {
        if (!_built.TryGetValue(block, out var entries))
        {
            entries = [];
            _built.Add(block, entries);
        }

        entries.Add(new Entry(width, style, listDepth, node) { Pass = Pass });
    }

    private sealed record Entry(double Width, TextStyle Style, int ListDepth, LayoutNode Node)
    {
        public int Pass { get; set; }
    }
}
