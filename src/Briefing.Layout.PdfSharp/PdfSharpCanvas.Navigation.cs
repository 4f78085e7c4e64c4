using Briefing.Layout.Canvas;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace Briefing.Layout.PdfSharp;

/// <summary>Links, named destinations and the outline. PDF positions count from the page's bottom edge.</summary>
internal sealed partial class PdfSharpCanvas
{
    public void AddLink(Rect area, LinkDestination destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var height = Page.Height.Point;
        var rect = new PdfRectangle(new XRect(area.X, height - area.Bottom, area.Width, area.Height));
        var link = destination.Uri is { } uri
            ? PdfLinkAnnotation.CreateWebLink(rect, uri)
            : PdfLinkAnnotation.CreateDocumentLink(rect, destination.Page, new XPoint(0, PageHeight(destination.Page) - destination.Y));

        // PDFsharp stamps each annotation with a random /NM and the current time /M; both are optional, and
        // dropping them keeps output byte-identical for identical input.
        link.Elements.Remove("/NM");
        link.Elements.Remove("/M");
        Page.Annotations.Add(link);
    }

    public void AddDestination(string name, double y) => _destinations.Add((name, Page, y));

    public void AddBookmark(string title, int level, double y)
    {
        while (_openOutlines.Count > 0 && _openOutlines[^1].Level >= level)
        {
            _openOutlines.RemoveAt(_openOutlines.Count - 1);
        }

        var parent = _openOutlines.Count > 0 ? _openOutlines[^1].Outline.Outlines : _document.Outlines;
        var outline = parent.Add(title, Page, opened: true);
        outline.PageDestinationType = PdfPageDestinationType.Xyz;
        outline.Top = Page.Height.Point - y;
        outline.Left = null;
        _openOutlines.Add((level, outline));
    }

    private double PageHeight(int pageNumber) =>
        pageNumber >= 1 && pageNumber <= _document.PageCount ? _document.Pages[pageNumber - 1].Height.Point : Page.Height.Point;

    // Named destinations go into the catalog's /Dests dictionary with real page references, which stay
    // valid when PDFsharp renumbers objects on save (its own AddNamedDestination writes fixed numbers).
    private void WriteDestinations()
    {
        if (_destinations.Count == 0)
        {
            return;
        }

        var dests = new PdfDictionary(_document);
        foreach (var (name, page, y) in _destinations.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var target = new PdfArray(_document);
            target.Elements.Add(page.Reference!);
            target.Elements.Add(new PdfName("/XYZ"));
            target.Elements.Add(PdfNull.Value);
            target.Elements.Add(new PdfReal(page.Height.Point - y));
            target.Elements.Add(PdfNull.Value);
            dests.Elements[PdfNameFor(name)] = target;
        }

        _document.Internals.AddObject(dests);
        _document.Internals.Catalog.Elements.SetReference("/Dests", dests);
    }

    // PDF names escape delimiters and non-ASCII bytes as #xx.
    private static string PdfNameFor(string name)
    {
        var builder = new System.Text.StringBuilder("/");
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(name))
        {
            var c = (char)b;
            builder.Append(b is > 32 and < 127 && "()<>[]{}/%#".IndexOf(c, StringComparison.Ordinal) < 0 ? c.ToString() : $"#{b:X2}");
        }

        return builder.ToString();
    }
}
