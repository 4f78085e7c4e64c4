using Briefing.Layout.Canvas;
using Briefing.Layout.Nodes;
using Briefing.Layout.Text;

namespace Briefing.Layout.Blocks;

/// <summary>
/// The surface a <see cref="Drawing"/> callback draws on: coordinates are relative to the drawing's top-left
/// corner, in points, y down. Text goes through the document's fonts, with per-character fallback.
/// </summary>
public sealed class DrawingContext
{
    private readonly DrawContext _context;
    private readonly double _originX;
    private readonly double _originY;
    private readonly TextStyle _baseStyle;

    internal DrawingContext(DrawContext context, double originX, double originY, double width, double height, TextStyle baseStyle)
    {
        _context = context;
        _originX = originX;
        _originY = originY;
        Width = width;
        Height = height;
        _baseStyle = baseStyle;
    }

    public double Width { get; }

    public double Height { get; }

    public void Line(Point from, Point to, Stroke stroke) => _context.Line(Map(from), Map(to), stroke);

    public void Rectangle(Rect rect, Color? fill, Stroke? stroke = null) => _context.Rectangle(rect.Offset(_originX, _originY), fill, stroke);

    public void Polygon(IReadOnlyList<Point> points, Color? fill, Stroke? stroke = null) =>
        _context.Polygon([.. points.Select(Map)], closed: true, fill, stroke);

    public void Polyline(IReadOnlyList<Point> points, Stroke stroke) =>
        _context.Polygon([.. points.Select(Map)], closed: false, null, stroke);

    /// <summary>Width of a single line of text in a style (over the document's base style).</summary>
    public double MeasureText(string text, TextStyle? style = null) => SingleLine(text, style).Width;

    /// <summary>
    /// Draws a single line of text whose top is at <paramref name="position"/>.Y; the x is the left edge,
    /// centre or right edge as <paramref name="alignment"/> says. Returns the line's height.
    /// </summary>
    public double Text(string text, Point position, TextStyle? style = null, TextAlignment alignment = TextAlignment.Left)
    {
        var line = SingleLine(text, style);
        var x = alignment switch
        {
            TextAlignment.Center => position.X - (line.Width / 2),
            TextAlignment.Right => position.X - line.Width,
            _ => position.X,
        };
        TextLineDrawer.Draw(_context, line, _originX + x, _originY + position.Y);
        return line.Height;
    }

    private TextLine SingleLine(string text, TextStyle? style) => Briefing.Layout.Text.SingleLine.Layout(_context.Fonts, text, style, _baseStyle);

    private Point Map(Point p) => new(p.X + _originX, p.Y + _originY);
}
