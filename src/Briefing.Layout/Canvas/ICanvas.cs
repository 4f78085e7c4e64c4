using Briefing.Layout.Fonts;

namespace Briefing.Layout.Canvas;

/// <summary>
/// The drawing seam between layout and output. Layout calls it page by page with final positions;
/// a backend such as Briefing.Layout.PdfSharp writes a PDF and <see cref="RecordingCanvas"/> records the calls for tests.
/// Units are points; the origin is each page's top-left corner and y grows downwards.
/// </summary>
public interface ICanvas
{
    /// <summary>Starts a new page; later calls draw on it.</summary>
    void BeginPage(double width, double height);

    /// <summary>Draws text in one face (fallback is already resolved) with its baseline starting at <paramref name="origin"/>.</summary>
    void DrawText(string text, FontFace face, double size, Color color, Point origin);

    void DrawLine(Point start, Point finish, Stroke stroke);

    /// <summary>Fills and/or strokes a rectangle; either may be null.</summary>
    void DrawRectangle(Rect rect, Color? fill, Stroke? stroke);

    /// <summary>Fills and/or strokes a polygon (closed) or polyline (open).</summary>
    void DrawPolygon(IReadOnlyList<Point> points, bool closed, Color? fill, Stroke? stroke);

    void DrawImage(ImageData image, Rect rect);

    /// <summary>Makes an area of the current page clickable.</summary>
    void AddLink(Rect area, LinkDestination destination);

    /// <summary>Names a position on the current page (a PDF named destination, e.g. for file.pdf#name).</summary>
    void AddDestination(string name, double y);

    /// <summary>Adds a document outline (bookmark) entry at a position on the current page; levels nest in call order.</summary>
    void AddBookmark(string title, int level, double y);
}
