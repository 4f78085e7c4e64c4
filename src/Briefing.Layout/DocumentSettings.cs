using Briefing.Layout.Canvas;
using Briefing.Layout.Fonts;
using Briefing.Layout.Text;

namespace Briefing.Layout;

/// <summary>Document-wide defaults: metadata, fonts, base and heading styles, and pagination rules.</summary>
public sealed record DocumentSettings
{
    public DocumentMetadata Metadata { get; init; } = new();

    public FontSettings Fonts { get; init; } = new();

    /// <summary>The style all text inherits.</summary>
    public TextStyle BaseStyle { get; init; } = new()
    {
        FontFamily = "DejaVu Sans",
        Size = 10,
        Bold = false,
        Italic = false,
        Underline = false,
        Color = Color.Black,
        LineHeight = 1.35,
    };

    /// <summary>Heading styles by level (index 0 is level 1); deeper levels use the last entry.</summary>
    public IReadOnlyList<TextStyle> HeadingStyles { get; init; } =
    [
        new() { Size = 20, Bold = true, LineHeight = 1.2 },
        new() { Size = 15, Bold = true, LineHeight = 1.2 },
        new() { Size = 12, Bold = true, LineHeight = 1.25 },
        new() { Size = 10.5, Bold = true, LineHeight = 1.3 },
    ];

    /// <summary>Minimum lines of a split paragraph left at the bottom of a page.</summary>
    public int Orphans { get; init; } = 2;

    /// <summary>Minimum lines of a split paragraph carried to the top of the next page.</summary>
    public int Widows { get; init; } = 2;

    /// <summary>Layout passes allowed for page numbers (contents, "page X of Y") to settle.</summary>
    public int MaxLayoutPasses { get; init; } = 5;

    internal TextStyle HeadingStyle(int level) =>
        HeadingStyles.Count == 0 ? TextStyle.Inherit : HeadingStyles[Math.Min(level, HeadingStyles.Count) - 1];
}
