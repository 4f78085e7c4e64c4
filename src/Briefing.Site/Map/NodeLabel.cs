using System.Globalization;

namespace Briefing.Site.Map;

/// <summary>
/// Places a company's name beside its dot, on the side away from the circle's centre, broken into
/// lines when long, and moved inward when it would still cross the edge of the viewBox: a name is
/// never cut off by the map's border.
/// </summary>
internal static class NodeLabel
{
    /// <summary>Line height as a multiple of the font size.</summary>
    private const double LineHeight = 1.2;

    // From the top of a line box to its baseline, as a multiple of the font size (common sans-serif ascents are 0.93–0.99).
    private const double Baseline = 0.95;

    /// <summary>The label's anchor, lines and box (left, top, width, height) in user units.</summary>
    public static (string Anchor, IReadOnlyList<MapTextLineView> Lines, Box Box) Place(
        string name, double x, double y, double angle, LabelFrame frame)
    {
        var (dx, dy) = (Math.Cos(angle), Math.Sin(angle));
        var anchor = dx > 0.3 ? "start" : dx < -0.3 ? "end" : "middle";
        var lines = LabelText.Wrap(name, frame.MaxWidth, frame.FontSize);
        var width = lines.Max(l => LabelText.Width(l, frame.FontSize));
        var lineHeight = frame.FontSize * LineHeight;
        var height = lines.Count * lineHeight;
        var offset = frame.Offset;

        var (left, top) = anchor switch
        {
            "start" => (x + offset, y - (height / 2) + (dy * offset * 0.5)),
            "end" => (x - offset - width, y - (height / 2) + (dy * offset * 0.5)),
            _ => (x - (width / 2), dy < 0 ? y - offset - height : y + offset),
        };

        left = Inside(left, width, frame.Width, frame.Margin);
        top = Inside(top, height, frame.Height, frame.Margin);
        var textX = anchor switch
        {
            "start" => left,
            "end" => left + width,
            _ => left + (width / 2),
        };
        var views = lines
            .Select((text, i) => new MapTextLineView(N(textX), N(top + (i * lineHeight) + (frame.FontSize * Baseline)), text))
            .ToList();
        return (anchor, views, new Box(left, top, width, height));
    }

    /// <summary>The start of an extent moved so that the extent lies within [margin, size - margin]; a too-long one starts at the margin.</summary>
    private static double Inside(double start, double extent, double size, double margin) =>
        Math.Max(margin, Math.Min(start, size - margin - extent));

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>The room labels have: the viewBox, a margin to keep clear, the gap from a dot, the widest line and the font size.</summary>
internal sealed record LabelFrame(double Width, double Height, double Margin, double Offset, double MaxWidth, double FontSize);

/// <summary>A rectangle in user units.</summary>
internal readonly record struct Box(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;

    public double Bottom => Top + Height;
}
