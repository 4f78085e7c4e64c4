namespace Briefing.Layout.Blocks;

/// <summary>One column of a <see cref="Columns"/> block.</summary>
public sealed record Column
{
    public Column(params Block[] content)
    {
        Content = content;
    }

    public IReadOnlyList<Block> Content { get; init; }

    public ColumnWidth Width { get; init; } = ColumnWidth.Relative();
}
