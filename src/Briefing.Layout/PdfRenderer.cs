using Briefing.Layout.Pdf;

namespace Briefing.Layout;

/// <summary>Lays out a document and writes it as PDF bytes: identical input gives identical bytes.</summary>
public static class PdfRenderer
{
    public static byte[] Render(Document document, out IReadOnlyList<LayoutWarning> warnings)
    {
        var layout = LayoutEngine.Layout(document);
        warnings = layout.Warnings;
        return Render(layout);
    }

    /// <summary>Writes an already laid-out document.</summary>
    public static byte[] Render(LaidOutDocument layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        using var canvas = new PdfSharpCanvas();
        layout.DrawOn(canvas);
        return canvas.Save(layout.Document.Settings.Metadata);
    }
}
