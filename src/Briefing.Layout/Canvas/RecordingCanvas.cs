using System.Text;
using Briefing.Layout.Fonts;

namespace Briefing.Layout.Canvas;

/// <summary>
/// A canvas that remembers every call, so tests can check what was drawn where (text, font, position)
/// without reading PDF bytes.
/// </summary>
public sealed class RecordingCanvas : ICanvas
{
    private readonly List<CanvasCommand> _commands = [];

    public IReadOnlyList<CanvasCommand> Commands => _commands;

    public int PageCount { get; private set; }

    public IEnumerable<TextDrawn> Texts => _commands.OfType<TextDrawn>();

    /// <summary>The text of a page, pieces on the same baseline joined in x order, lines separated by newlines.</summary>
    public string PageText(int page)
    {
        var lines = Texts.Where(t => t.Page == page)
            .GroupBy(t => Math.Round(t.Y, 1))
            .OrderBy(g => g.Key)
            .Select(g => JoinLine(g.OrderBy(t => t.X)));
        return string.Join('\n', lines);
    }

    /// <summary>Every command in the stable one-line form, for golden-file comparison.</summary>
    public string Describe()
    {
        var builder = new StringBuilder();
        foreach (var command in _commands)
        {
            builder.Append(command.Describe()).Append('\n');
        }

        return builder.ToString();
    }

    public void BeginPage(double width, double height)
    {
        PageCount++;
        _commands.Add(new PageStarted(PageCount, width, height));
    }

    public void DrawText(string text, FontFace face, double size, Color color, Point origin)
    {
        ArgumentNullException.ThrowIfNull(face);
        _commands.Add(new TextDrawn(PageCount, text, face.Name, size, color, origin.X, origin.Y) { Width = face.Measure(text, size) });
    }

    public void DrawLine(Point start, Point finish, Stroke stroke) => _commands.Add(new LineDrawn(PageCount, start, finish, stroke));

    public void DrawRectangle(Rect rect, Color? fill, Stroke? stroke) => _commands.Add(new RectangleDrawn(PageCount, rect, fill, stroke));

    public void DrawPolygon(IReadOnlyList<Point> points, bool closed, Color? fill, Stroke? stroke) =>
        _commands.Add(new PolygonDrawn(PageCount, [.. points], closed, fill, stroke));

    public void DrawImage(ImageData image, Rect rect) => _commands.Add(new ImageDrawn(PageCount, image, rect));

    public void AddLink(Rect area, LinkDestination destination) => _commands.Add(new LinkAdded(PageCount, area, destination));

    public void AddDestination(string name, double y) => _commands.Add(new DestinationAdded(PageCount, name, y));

    public void AddBookmark(string title, int level, double y) => _commands.Add(new BookmarkAdded(PageCount, title, level, y));

    // Word pieces are drawn separately (for justification); a visible gap between them means a space.
    private static string JoinLine(IEnumerable<TextDrawn> pieces)
    {
        var builder = new StringBuilder();
        TextDrawn? previous = null;
        foreach (var piece in pieces)
        {
            if (previous is not null && piece.X - (previous.X + previous.Width) > piece.Size * 0.15)
            {
                builder.Append(' ');
            }

            builder.Append(piece.Text);
            previous = piece;
        }

        return builder.ToString();
    }
}
