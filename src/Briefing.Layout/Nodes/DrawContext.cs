using Briefing.Layout.Canvas;
using Briefing.Layout.Fonts;
using Briefing.Layout.Text;

namespace Briefing.Layout.Nodes;

/// <summary>
/// What nodes draw into during one layout pass: the current page's canvas operations (replayed later on
/// the real canvas) and the marks (anchors, headings) that tell where things landed.
/// </summary>
internal sealed class DrawContext
{
    private readonly LayoutPassRecord _record;

    public DrawContext(LayoutPassRecord record, FontSystem fonts)
    {
        _record = record;
        Fonts = fonts;
    }

    public FontSystem Fonts { get; }

    /// <summary>False while drawing running headers and footers, whose headings and anchors must not count.</summary>
    public bool RecordsMarks { get; set; } = true;

    private PageRecord Page => _record.CurrentPage;

    public void Text(string text, FontFace face, double size, Color color, Point origin) =>
        Page.Add(c => c.DrawText(text, face, size, color, origin));

    public void Line(Point from, Point to, Stroke stroke) => Page.Add(c => c.DrawLine(from, to, stroke));

    public void Rectangle(Rect rect, Color? fill, Stroke? stroke) => Page.Add(c => c.DrawRectangle(rect, fill, stroke));

    public void Polygon(IReadOnlyList<Point> points, bool closed, Color? fill, Stroke? stroke) =>
        Page.Add(c => c.DrawPolygon(points, closed, fill, stroke));

    public void Image(ImageData image, Rect rect) => Page.Add(c => c.DrawImage(image, rect));

    /// <summary>A clickable area; internal targets are resolved when the page is replayed, against this pass's anchors.</summary>
    public void Link(Rect area, LinkTarget target)
    {
        if (target.Uri is { } uri)
        {
            Page.Add(c => c.AddLink(area, LinkDestination.External(uri)));
            return;
        }

        var anchor = target.Anchor!;
        var anchors = _record.Anchors;
        _record.ReferencedAnchors.Add(anchor);
        Page.Add(c =>
        {
            // Unknown anchors are reported by the engine after the last pass; here they just get no link.
            if (anchors.TryGetValue(anchor, out var at))
            {
                c.AddLink(area, LinkDestination.Internal(anchor, at.Page, at.Y));
            }
        });
    }

    public void Anchor(string anchor, double y)
    {
        if (!RecordsMarks)
        {
            return;
        }

        if (_record.Anchors.TryAdd(anchor, (Page.Number, y)))
        {
            Page.Add(c => c.AddDestination(anchor, y));
        }
        else
        {
            _record.Warnings.Add(WarningCodes.DuplicateAnchor, $"Anchor '{anchor}' is used more than once; links go to the first.");
        }
    }

    public void Heading(HeadingMark mark, double y)
    {
        if (!RecordsMarks)
        {
            return;
        }

        var placed = mark with { Page = Page.Number, Y = y };
        _record.Headings.Add(placed);
        if (placed.InOutline)
        {
            Page.Add(c => c.AddBookmark(placed.Title, placed.Level, y));
        }
    }
}
