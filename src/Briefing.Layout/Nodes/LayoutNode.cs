namespace Briefing.Layout.Nodes;

/// <summary>
/// A block measured for a fixed width: it knows its height, how to split itself so a first part fits a
/// given height (the rest continues on the next page), and how to draw itself.
/// </summary>
internal abstract class LayoutNode
{
    public abstract double Height { get; }

    /// <summary>Space wanted above; the containing stack collapses it with the previous node's <see cref="SpaceAfter"/>.</summary>
    public double SpaceBefore { get; set; }

    public double SpaceAfter { get; set; }

    /// <summary>Must share a page with the start of the next node.</summary>
    public virtual bool KeepWithNext { get; set; }

    /// <summary>True when a page break sits somewhere inside, so the node must be split even if it fits.</summary>
    public virtual bool ContainsPageBreak => false;

    /// <summary>Distance from the top to the first text baseline, so list markers line up with item text.</summary>
    public virtual double? FirstBaseline => null;

    /// <summary>
    /// Splits the node so the head fits in <paramref name="available"/> points. A null head means nothing
    /// fits (the node moves to the next page). With <paramref name="mustPlace"/> (the page is still empty)
    /// the head must not be null, even if rules such as keep-together or widows have to give way.
    /// </summary>
    public abstract NodeSplit Split(double available, bool mustPlace);

    /// <summary>Draws the node with its top-left corner at (x, y).</summary>
    public abstract void Draw(DrawContext context, double x, double y);

    /// <summary>
    /// The height, or, when it is more than <paramref name="limit"/>, possibly just some lower bound above the limit:
    /// enough to tell that a long stack does not fit a page without summing all of it at every page.
    /// </summary>
    public virtual double HeightUpTo(double limit) => Height;

    /// <summary>Whether a height fits in the space left, forgiving rounding in sums of many line heights.</summary>
    protected static bool Fits(double height, double available) => height <= available + 0.001;

    /// <summary>
    /// <c>Fits(offset + node.Height, available)</c>, deciding from as little of the node as it takes. A bound is
    /// only trusted a point past the limit, far beyond any rounding, so the answer is the exact sum's.
    /// </summary>
    protected static bool FitsBelow(LayoutNode node, double offset, double available) =>
        Fits(offset + node.HeightUpTo(available - offset + BoundSlack), available);

    /// <summary>How far past a limit a lower bound of a height must be to decide without the exact sum.</summary>
    protected const double BoundSlack = 1;

    /// <summary>Copies spacing and keep-with-next to a node made from this one (its head or tail).</summary>
    protected T CopyFlowTo<T>(T node, bool isHead)
        where T : LayoutNode
    {
        if (isHead)
        {
            node.SpaceBefore = SpaceBefore;
        }
        else
        {
            node.SpaceAfter = SpaceAfter;
            node.KeepWithNext = KeepWithNext;
        }

        return node;
    }
}
