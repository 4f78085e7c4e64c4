using Briefing.Layout.Canvas;

namespace Briefing.Layout.Text;

/// <summary>
/// Text appearance. Every property is optional: a style is laid over the one it inherits from
/// (document → block → run), so a run can say just "bold" and keep everything else.
/// </summary>
public sealed record TextStyle
{
    /// <summary>No overrides.</summary>
    public static TextStyle Inherit { get; } = new();

    public string? FontFamily { get; init; }

    /// <summary>Font size in points.</summary>
    public double? Size { get; init; }

    public bool? Bold { get; init; }

    public bool? Italic { get; init; }

    public Color? Color { get; init; }

    public bool? Underline { get; init; }

    /// <summary>Line height as a multiple of the font size (1.0 = tight, 1.35 = comfortable body text).</summary>
    public double? LineHeight { get; init; }

    /// <summary>This style's values where set, else <paramref name="parent"/>'s.</summary>
    public TextStyle Over(TextStyle parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return new TextStyle
        {
            FontFamily = FontFamily ?? parent.FontFamily,
            Size = Size ?? parent.Size,
            Bold = Bold ?? parent.Bold,
            Italic = Italic ?? parent.Italic,
            Color = Color ?? parent.Color,
            Underline = Underline ?? parent.Underline,
            LineHeight = LineHeight ?? parent.LineHeight,
        };
    }
}
