using Briefing.Layout.Text;

namespace Briefing.Layout.Blocks;

/// <summary>
/// A heading: never split, never the last thing on a page, an entry in the PDF outline (bookmarks) at its
/// level, and — when <see cref="IsSection"/> — the section title running headers show from its page on.
/// </summary>
public sealed record Heading : Block
{
    public Heading(int level, params Run[] runs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        Level = level;
        Runs = runs;
        KeepTogether = true;
        KeepWithNext = true;
        SpaceBefore = level == 1 ? 16 : 10;
        SpaceAfter = 6;
    }

    /// <summary>1 for the top level; deeper levels nest under it in the outline.</summary>
    public int Level { get; init; }

    public IReadOnlyList<Run> Runs { get; init; }

    /// <summary>Style over the document's heading style for this level.</summary>
    public TextStyle Style { get; init; } = TextStyle.Inherit;

    public TextAlignment Alignment { get; init; } = TextAlignment.Left;

    /// <summary>Starts a section: running headers show this heading's title from its page on.</summary>
    public bool IsSection { get; init; }

    /// <summary>Add an outline (bookmark) entry.</summary>
    public bool InOutline { get; init; } = true;

    /// <summary>The title for the outline and running headers; defaults to the runs' text.</summary>
    public string? Title { get; init; }

    internal string PlainTitle => Title ?? string.Concat(Runs.Where(r => !r.Superscript && r.PageNumberOf is null).Select(r => r.Text)).Trim();
}
