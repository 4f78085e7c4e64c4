using Briefing.Layout.Canvas;

namespace Briefing.Layout.Blocks;

/// <summary>
/// A PNG or JPEG picture. Give a width, a height, both, or neither (then 72 dpi, shrunk to fit the width);
/// the aspect ratio is kept when only one is given.
/// </summary>
public sealed record Image : Block
{
    public Image(ImageData data)
    {
        Data = data;
        SpaceAfter = 6;
    }

    public ImageData Data { get; init; }

    public double? Width { get; init; }

    public double? Height { get; init; }

    public Text.TextAlignment Alignment { get; init; } = Text.TextAlignment.Left;
}
