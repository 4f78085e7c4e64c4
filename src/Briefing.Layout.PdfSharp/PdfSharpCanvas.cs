using Briefing.Layout.Canvas;
using Briefing.Layout.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace Briefing.Layout.PdfSharp;

/// <summary>Writes canvas calls into a PDFsharp document; <see cref="Save"/> finishes it into bytes.</summary>
internal sealed partial class PdfSharpCanvas : ICanvas, IDisposable
{
    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    private readonly PdfDocument _document;
    private readonly Dictionary<(string Key, double Size), XFont> _fonts = [];
    private readonly Dictionary<string, FontFace> _lent = new(StringComparer.Ordinal);
    private readonly Dictionary<ImageData, XImage> _images = [];
    private readonly List<(string Name, PdfPage Page, double Y)> _destinations = [];
    private readonly List<(int Level, PdfOutline Outline)> _openOutlines = [];
    private PdfPage? _page;
    private XGraphics? _graphics;

    public PdfSharpCanvas()
    {
        // The font resolver must be installed before PDFsharp uses a font.
        PdfSharpSetup.EnsureInitialized();
        _document = new PdfDocument();
    }

    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("BeginPage must be called before drawing.");

    private PdfPage Page => _page ?? throw new InvalidOperationException("BeginPage must be called before drawing.");

    public void BeginPage(double width, double height)
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Width = XUnit.FromPoint(width);
        _page.Height = XUnit.FromPoint(height);
        _graphics = XGraphics.FromPdfPage(_page);
    }

    public void DrawText(string text, FontFace face, double size, Color color, Point origin)
    {
        ArgumentNullException.ThrowIfNull(face);
        Graphics.DrawString(text, Font(face, size), new XSolidBrush(ToXColor(color)), origin.X, origin.Y);
    }

    public void DrawLine(Point start, Point finish, Stroke stroke) => Graphics.DrawLine(Pen(stroke), start.X, start.Y, finish.X, finish.Y);

    public void DrawRectangle(Rect rect, Color? fill, Stroke? stroke)
    {
        if (fill is null && stroke is null)
        {
            return;
        }

        Graphics.DrawRectangle(stroke is null ? null : Pen(stroke), fill is { } f ? new XSolidBrush(ToXColor(f)) : null, rect.X, rect.Y, rect.Width, rect.Height);
    }

    public void DrawPolygon(IReadOnlyList<Point> points, bool closed, Color? fill, Stroke? stroke)
    {
        ArgumentNullException.ThrowIfNull(points);
        var xPoints = points.Select(p => new XPoint(p.X, p.Y)).ToArray();
        if (!closed)
        {
            if (stroke is not null && xPoints.Length > 1)
            {
                Graphics.DrawLines(Pen(stroke), xPoints);
            }

            return;
        }

        Graphics.DrawPolygon(stroke is null ? null : Pen(stroke), fill is { } f ? new XSolidBrush(ToXColor(f)) : null, xPoints, XFillMode.Winding);
    }

    public void DrawImage(ImageData image, Rect rect)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (!_images.TryGetValue(image, out var xImage))
        {
            xImage = XImage.FromStream(new MemoryStream(image.Bytes.ToArray(), writable: false));
            _images[image] = xImage;
        }

        Graphics.DrawImage(xImage, rect.X, rect.Y, rect.Width, rect.Height);
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _graphics = null;
        foreach (var image in _images.Values)
        {
            image.Dispose();
        }

        _document.Dispose();
        foreach (var face in _lent.Values)
        {
            FontResolverBridge.Instance.Return(face);
        }

        _lent.Clear();
    }

    private XFont Font(FontFace face, double size)
    {
        if (!_fonts.TryGetValue((face.Key, size), out var font))
        {
            if (_lent.TryAdd(face.Key, face))
            {
                FontResolverBridge.Instance.Lend(face);
            }

            font = new XFont(face.Key, size, XFontStyleEx.Regular, FontOptions);
            _fonts[(face.Key, size)] = font;
        }

        return font;
    }

    private static XPen Pen(Stroke stroke)
    {
        var pen = new XPen(ToXColor(stroke.Color), stroke.Width);
        if (stroke.Dash is { Count: > 0 } dash && stroke.Width > 0)
        {
            // PDFsharp scales dash lengths by the pen width; ours are in points.
            pen.DashPattern = [.. dash.Select(d => d / stroke.Width)];
        }

        return pen;
    }

    private static XColor ToXColor(Color color) => XColor.FromArgb(color.R, color.G, color.B);
}
