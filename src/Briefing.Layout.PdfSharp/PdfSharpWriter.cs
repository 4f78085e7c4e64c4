namespace Briefing.Layout.PdfSharp;

/// <summary>Writes laid-out documents with PDFsharp: identical input gives identical bytes.</summary>
public sealed class PdfSharpWriter : IPdfWriter
{
    /// <summary>Writes an already laid-out document.</summary>
    public byte[] Write(LaidOutDocument layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        using var canvas = new PdfSharpCanvas();
        layout.DrawOn(canvas);
        return canvas.Save(layout.Document.Settings.Metadata);
    }

    /// <summary>Lays a document out and writes it.</summary>
    public byte[] Write(Document document, out IReadOnlyList<LayoutWarning> warnings)
    {
        var layout = LayoutEngine.Layout(document);
        warnings = layout.Warnings;
        return Write(layout);
    }
}
