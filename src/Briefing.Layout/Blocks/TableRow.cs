using Briefing.Layout.Canvas;

namespace Briefing.Layout.Blocks;

/// <summary>A table row: one cell per column.</summary>
public sealed record TableRow
{
    public TableRow(params TableCell[] cells)
    {
        Cells = cells;
    }

    public IReadOnlyList<TableCell> Cells { get; init; }

    public Color? Background { get; init; }

    /// <summary>Never split this row across pages, whatever the table's <see cref="Table.SplitRows"/> says.</summary>
    public bool KeepTogether { get; init; }
}
