namespace Briefing.Layout.Blocks;

/// <summary>Blocks side by side (e.g. two columns); each column splits across pages on its own.</summary>
public sealed record Columns : Block
{
    public Columns(params Column[] items)
    {
        Items = items;
    }

    public IReadOnlyList<Column> Items { get; init; }

    /// <summary>Gap between columns, in points.</summary>
    public double Gap { get; init; } = 12;
}
