using Briefing.Layout.Text;

namespace Briefing.Layout.Blocks;

/// <summary>A bulleted or numbered list; items may contain nested lists.</summary>
public sealed record ListBlock : Block
{
    public ListBlock(ListKind kind, params ListItem[] items)
    {
        Kind = kind;
        Items = items;
        SpaceAfter = 6;
    }

    public ListKind Kind { get; init; }

    public IReadOnlyList<ListItem> Items { get; init; }

    /// <summary>The number of the first item of a numbered list.</summary>
    public int Start { get; init; } = 1;

    /// <summary>Width of the marker column, in points.</summary>
    public double Indent { get; init; } = 16;

    /// <summary>Vertical space between items, in points.</summary>
    public double ItemSpacing { get; init; } = 2;

    /// <summary>Style of the markers (bullets, numbers).</summary>
    public TextStyle MarkerStyle { get; init; } = TextStyle.Inherit;

    public static ListBlock Bulleted(params ListItem[] items) => new(ListKind.Bulleted, items);

    public static ListBlock Numbered(params ListItem[] items) => new(ListKind.Numbered, items);
}
