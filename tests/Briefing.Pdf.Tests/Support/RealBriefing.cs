using Briefing.Core;
using Briefing.Core.Model;
using Briefing.Layout;
using Briefing.Layout.Canvas;

namespace Briefing.Pdf.Tests.Support;

/// <summary>
/// The real briefing from content/, loaded, laid out and rendered once per test run: every test that
/// reads it shares the work, which keeps the project fast.
/// </summary>
internal static class RealBriefing
{
    private static readonly Lazy<BriefingModel> LazyModel = new(() =>
    {
        var outcome = BriefingContent.Load(Repository.ContentDirectory);
        return outcome.Model ?? throw new InvalidOperationException("content/ does not load: " + string.Join("; ", outcome.Diagnostics));
    });

    private static readonly Lazy<(LaidOutDocument Layout, RecordingCanvas Canvas, IReadOnlyList<PdfWarning> Warnings)> LazyLayout = new(() => Draw(PdfOptions.Default));
    private static readonly Lazy<(LaidOutDocument Layout, RecordingCanvas Canvas, IReadOnlyList<PdfWarning> Warnings)> LazyLetterLayout = new(() => Draw(new PdfOptions(PaperSize.Letter)));

    private static readonly Lazy<PdfResult> LazyA4 = new(() => BriefingPdf.Render(Model, new PdfOptions(PaperSize.A4), Harness.Writer));
    private static readonly Lazy<PdfResult> LazyLetter = new(() => BriefingPdf.Render(Model, new PdfOptions(PaperSize.Letter), Harness.Writer));
    private static readonly Lazy<string> LazyA4File = new(() => Write("briefing-a4.pdf", A4.Bytes));
    private static readonly Lazy<string> LazyLetterFile = new(() => Write("briefing-letter.pdf", Letter.Bytes));
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), $"briefing-pdf-tests-{Environment.ProcessId}");

    static RealBriefing()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        };
    }

    public static BriefingModel Model => LazyModel.Value;

    public static LaidOutDocument Layout => LazyLayout.Value.Layout;

    public static RecordingCanvas Canvas => LazyLayout.Value.Canvas;

    public static IReadOnlyList<PdfWarning> LayoutWarnings => LazyLayout.Value.Warnings;

    /// <summary>The briefing laid out and drawn on a recording canvas for either paper size (A4 is <see cref="Layout"/>).</summary>
    public static (LaidOutDocument Layout, RecordingCanvas Canvas) On(PaperSize paper) => paper == PaperSize.Letter
        ? (LazyLetterLayout.Value.Layout, LazyLetterLayout.Value.Canvas)
        : (LazyLayout.Value.Layout, LazyLayout.Value.Canvas);

    public static PdfResult A4 => LazyA4.Value;

    public static PdfResult Letter => LazyLetter.Value;

    /// <summary>The A4 PDF written to a temporary file, for command-line tools.</summary>
    public static string A4File => LazyA4File.Value;

    public static string LetterFile => LazyLetterFile.Value;

    /// <summary>All text drawn on a page, whitespace collapsed.</summary>
    public static string PageText(int page) => Normalise.Collapse(Reading.Page(Canvas, page));

    private static (LaidOutDocument Layout, RecordingCanvas Canvas, IReadOnlyList<PdfWarning> Warnings) Draw(PdfOptions options)
    {
        var layout = BriefingPdf.Layout(Model, options, out var warnings);
        var canvas = new RecordingCanvas();
        layout.DrawOn(canvas);
        return (layout, canvas, warnings);
    }

    private static string Write(string name, byte[] bytes)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
