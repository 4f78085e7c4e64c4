using Briefing.Layout.Nodes;

namespace Briefing.Layout.Tests.Paging;

/// <summary>
/// A page break in a long stack or table costs the same wherever it falls: the parts of a split share the
/// built node's list rather than copy the rest of it (fixed-size atoms, so no font metrics are involved).
/// </summary>
public sealed class SplitWithoutCopyingTests
{
    private const int Children = 20_000;
    private const double ChildHeight = 10;
    private const double PageHeight = 100;

    [Fact]
    public void The_parts_of_a_split_stack_share_its_children()
    {
        var stack = Stack(Children);

        var split = stack.Split(PageHeight + 5, mustPlace: true);

        var head = Assert.IsType<StackNode>(split.Head);
        var tail = Assert.IsType<StackNode>(split.Tail);
        Assert.Equal(10, head.Count);
        Assert.Equal(Children - 10, tail.Count);
        Assert.True(head.SharesChildrenWith(stack) && tail.SharesChildrenWith(stack));
        Assert.Equal(10 * ChildHeight, head.Height, 6);
        Assert.Equal((Children - 10) * ChildHeight, tail.Height, 6);
    }

    [Fact]
    public void Paging_through_a_long_stack_allocates_a_constant_amount_per_page()
    {
        // Copying the rest at every break would allocate about 8 bytes × 20,000 children / 2 on each of
        // 2,000 pages, some 160 MB; sharing the list needs a few small objects per page.
        var pages = PageThrough(Stack(Children), out var allocated);

        Assert.Equal(Children / 10, pages);
        Assert.True(allocated < pages * 1_024, $"{allocated:N0} bytes allocated for {pages} pages");
    }

    [Fact]
    public void Paging_through_a_long_table_allocates_a_constant_amount_per_page()
    {
        var geometry = new TableGeometry([0], [100], new Insets(0, 0, 0, 0), null);
        var rows = Enumerable.Range(0, Children).Select(_ => new TableRowNode([Atom()], [null], geometry, splittable: false)).ToList();
        var table = new TableNode([], rows, new RowBreaks(1, 1));

        var pages = PageThrough(table, out var allocated);

        Assert.Equal(Children / 10, pages);
        Assert.True(allocated < pages * 1_024, $"{allocated:N0} bytes allocated for {pages} pages");
    }

    private static int PageThrough(LayoutNode node, out long allocated)
    {
        _ = node.Height; // measured once, as layout does before the first page
        var before = GC.GetAllocatedBytesForCurrentThread();
        var pages = 0;
        LayoutNode? rest = node;
        while (rest is not null)
        {
            var split = rest.Split(PageHeight + 5, mustPlace: true);
            Assert.Equal(PageHeight, split.Head!.Height, 6);
            rest = split.Tail;
            pages++;
        }

        allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return pages;
    }

    private static StackNode Stack(int count) =>
        new([.. Enumerable.Range(0, count).Select(_ => Atom())], [.. Enumerable.Repeat(0.0, count)]);

    private static AtomNode Atom() => new(ChildHeight, static (_, _, _) => { });
}
