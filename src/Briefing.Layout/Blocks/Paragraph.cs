using Briefing.Layout.Text;

namespace Briefing.Layout.Blocks;

/// <summary>A paragraph of styled runs, broken into lines; splits between lines with widow/orphan control.</summary>
public sealed record Paragraph : Block
{
    public Paragraph(params Run[] runs)
    {
        Runs = runs;
        SpaceAfter = 6;
    }

    public Paragraph(IEnumerable<Run> runs)
    {
        Runs = [.. runs];
        SpaceAfter = 6;
    }

    public IReadOnlyList<Run> Runs { get; init; }

    /// <summary>Style for all runs (each run may override parts of it).</summary>
    public TextStyle Style { get; init; } = TextStyle.Inherit;

    public TextAlignment Alignment { get; init; } = TextAlignment.Left;

    /// <summary>Minimum lines left at the bottom of a page when the paragraph is split; null uses the document setting.</summary>
    public int? Orphans { get; init; }

    /// <summary>Minimum lines carried to the top of the next page when the paragraph is split; null uses the document setting.</summary>
    public int? Widows { get; init; }
}
