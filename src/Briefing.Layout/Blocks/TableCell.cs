using Briefing.Layout.Canvas;

namespace Briefing.Layout.Blocks;

/// <summary>A table cell holding any blocks.</summary>
public sealed record TableCell
{
    public TableCell(params Block[] content)
    {
        Content = content;
    }

    /// <summary>A cell of one plain paragraph.</summary>
    public TableCell(string text)
        : this(new Paragraph(text))
    {
    }

    public IReadOnlyList<Block> Content { get; init; }

    /// <summary>Overrides the row's background.</summary>
    public Color? Background { get; init; }

    public static implicit operator TableCell(string text) => new(text);

    public static TableCell FromString(string text) => new(text);
}
