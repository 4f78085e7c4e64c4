using Briefing.Layout.Blocks;

namespace Briefing.Pdf.Text;

/// <summary>Spacing for Markdown set in a tight place (a list item, a table cell, a dated entry).</summary>
internal static class BlockSpacing
{
    /// <summary>
    /// The blocks with each paragraph's space after set to <paramref name="space"/>: a field's own paragraph
    /// spacing is for body text and would open gaps in a compact entry. Lists, quotes and rules keep theirs.
    /// </summary>
    public static IEnumerable<Block> WithParagraphSpaceAfter(this IEnumerable<Block> blocks, double space) =>
        blocks.Select(b => b is Paragraph p ? p with { SpaceAfter = space } : b);
}
