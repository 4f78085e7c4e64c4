using Briefing.Layout.Canvas;
using Briefing.Layout.Text;

namespace Briefing.Layout.Blocks;

/// <summary>
/// A table with fixed or relative column widths. Header rows repeat at the top of every page the table
/// runs onto; body rows split between pages (by line) or move whole, as <see cref="SplitRows"/> says.
/// </summary>
public sealed record Table : Block
{
    public Table(params ColumnWidth[] columns)
    {
        Columns = columns;
        SpaceAfter = 8;
    }

    public IReadOnlyList<ColumnWidth> Columns { get; init; }

    /// <summary>Rows repeated at the top of each page.</summary>
    public IReadOnlyList<TableRow> HeaderRows { get; init; } = [];

    public IReadOnlyList<TableRow> Rows { get; init; } = [];

    /// <summary>Let a row too tall for the rest of a page split between lines; otherwise it moves whole.</summary>
    public bool SplitRows { get; init; } = true;

    /// <summary>
    /// The fewest body rows a page may hold before the table breaks (its orphans): fewer, and the table
    /// starts on the next page instead. Counts whole rows; 1 allows any break.
    /// </summary>
    public int MinRowsBeforeBreak { get; init; } = 1;

    /// <summary>The fewest body rows carried onto the next page (its widows); rows move back to make them.</summary>
    public int MinRowsAfterBreak { get; init; } = 1;

    public Insets CellPadding { get; init; } = new(3, 4);

    /// <summary>Grid lines; null draws none.</summary>
    public Stroke? Border { get; init; } = new(new Color(180, 180, 180), 0.5);

    public Color? HeaderBackground { get; init; }

    /// <summary>Style of the header rows' text, over the inherited style.</summary>
    public TextStyle HeaderStyle { get; init; } = new() { Bold = true };

    /// <summary>Style of the body rows' text, over the inherited style.</summary>
    public TextStyle Style { get; init; } = TextStyle.Inherit;

    public Table WithHeader(params TableCell[] cells) => this with { HeaderRows = [new TableRow(cells)] };

    public Table WithRows(IEnumerable<TableRow> rows) => this with { Rows = [.. rows] };
}
