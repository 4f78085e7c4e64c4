namespace Briefing.Layout.Blocks;

/// <summary>One list entry: any blocks, including a nested <see cref="ListBlock"/>.</summary>
public sealed record ListItem
{
    public ListItem(params Block[] content)
    {
        Content = content;
    }

    /// <summary>An item of one plain paragraph.</summary>
    public ListItem(string text)
        : this(new Paragraph(text))
    {
    }

    public IReadOnlyList<Block> Content { get; init; }
}
