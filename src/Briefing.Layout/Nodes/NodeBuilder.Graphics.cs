using Briefing.Layout.Blocks;
using Briefing.Layout.Canvas;
using Briefing.Layout.Text;

namespace Briefing.Layout.Nodes;

/// <summary>Images, drawings and rules: unsplittable atoms.</summary>
internal sealed partial class NodeBuilder
{
    private static AtomNode BuildImage(Image image, double width, double maxHeight)
    {
        var data = image.Data;
        var aspect = data.PixelHeight / (double)data.PixelWidth;
        var (w, h) = (image.Width, image.Height) switch
        {
            ({ } fw, { } fh) => (fw, fh),
            ({ } fw, null) => (fw, fw * aspect),
            (null, { } fh) => (fh / aspect, fh),
            _ => (data.PixelWidth * 1.0, data.PixelHeight * 1.0), // 72 dpi: one pixel per point
        };

        if (w > width)
        {
            (w, h) = (width, width * (h / w));
        }

        if (h > maxHeight)
        {
            (w, h) = (maxHeight * (w / h), maxHeight);
        }

        var offset = Align(image.Alignment, width, w);
        return new AtomNode(h, (context, x, y) => context.Image(data, new Rect(x + offset, y, w, h)));
    }

    private static AtomNode BuildDrawing(Drawing drawing, double width, TextStyle style)
    {
        var w = Math.Min(drawing.Width ?? width, width);
        return new AtomNode(drawing.Height, (context, x, y) => drawing.Draw(new DrawingContext(context, x, y, w, drawing.Height, style)));
    }

    private static AtomNode BuildRule(HorizontalRule rule, double width) =>
        new(rule.Stroke.Width, (context, x, y) =>
        {
            var middle = y + (rule.Stroke.Width / 2);
            context.Line(new Point(x, middle), new Point(x + width, middle), rule.Stroke);
        });

    private static double Align(TextAlignment alignment, double available, double used) => alignment switch
    {
        TextAlignment.Center => (available - used) / 2,
        TextAlignment.Right => available - used,
        _ => 0,
    };
}
