namespace Briefing.Layout.Blocks;

/// <summary>
/// Content built during layout from where anchors landed (contents pages, "cited on pages 3, 7" lists).
/// The callback runs once per layout pass; the first pass knows no pages yet, later passes know the
/// previous pass's pages, and layout repeats until the numbers stop changing.
/// </summary>
public sealed record Dynamic : Block
{
    public Dynamic(Func<PageReferences, Block> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        Build = build;
    }

    public Func<PageReferences, Block> Build { get; init; }
}
