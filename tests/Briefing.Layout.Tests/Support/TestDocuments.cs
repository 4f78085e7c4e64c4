using Briefing.Layout.Canvas;
using Briefing.Layout.Fonts;
using Briefing.Layout.Text;

namespace Briefing.Layout.Tests.Support;

/// <summary>Documents laid out with DejaVu only (always installed), so measurements do not depend on the machine.</summary>
internal static class TestDocuments
{
    public const string DejaVuFolder = TestFonts.DejaVuFolder;

    // One library for the run, as a host keeps one: DejaVu is read and loaded once, not for every document.
    public static FontSettings DejaVuOnly { get; } = new() { Folders = [DejaVuFolder], UseSystemFonts = false, Library = new FontLibrary() };

    public static DocumentSettings Settings(DocumentSettings? overrides = null) =>
        (overrides ?? new DocumentSettings()) with { Fonts = DejaVuOnly };

    public static Document Create(DocumentSettings? settings = null) => new(Settings(settings));

    /// <summary>Lays the document out and records what it draws.</summary>
    public static (LaidOutDocument Layout, RecordingCanvas Canvas) Draw(Document document)
    {
        var layout = LayoutEngine.Layout(document);
        var canvas = new RecordingCanvas();
        layout.DrawOn(canvas);
        return (layout, canvas);
    }

    public static string Words(string prefix, int count) =>
        string.Join(' ', Enumerable.Range(1, count).Select(i => $"{prefix}w{i}"));

    public static TextStyle Base => new DocumentSettings().BaseStyle;
}
