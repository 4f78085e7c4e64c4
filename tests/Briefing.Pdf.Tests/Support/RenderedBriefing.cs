using Briefing.Core;
using Briefing.Core.Model;
using Briefing.Layout;
using Briefing.Layout.Canvas;
using Briefing.Testing.Fixtures;

namespace Briefing.Pdf.Tests.Support;

/// <summary>
/// A briefing laid out, drawn and rendered once per test run, so every test that reads it shares the work.
/// Tests of code read <see cref="Sample"/>, the in-memory fixture with every section; only the tests in
/// CuratedContent/ read <see cref="Curated"/>, the example briefing in content/.
/// </summary>
internal sealed class RenderedBriefing
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), $"briefing-pdf-tests-{Environment.ProcessId}");
    private static readonly Lazy<RenderedBriefing> LazySample = new(() => new RenderedBriefing("sample", SampleModel()));
    private static readonly Lazy<RenderedBriefing> LazyCurated = new(() => new RenderedBriefing("curated", LoadContent()));

    private readonly string _name;
    private readonly Lazy<(LaidOutDocument Layout, RecordingCanvas Canvas, IReadOnlyList<PdfWarning> Warnings)> _a4Layout;
    private readonly Lazy<(LaidOutDocument Layout, RecordingCanvas Canvas, IReadOnlyList<PdfWarning> Warnings)> _letterLayout;
    private readonly Lazy<PdfResult> _a4;
    private readonly Lazy<PdfResult> _letter;
    private readonly Lazy<string> _a4File;
    private readonly Lazy<string> _letterFile;

    static RenderedBriefing()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        };
    }

    private RenderedBriefing(string name, BriefingModel model)
    {
        _name = name;
        Model = model;
        _a4Layout = new(() => Draw(PdfOptions.Default));
        _letterLayout = new(() => Draw(new PdfOptions(PaperSize.Letter)));
        _a4 = new(() => BriefingPdf.Render(Model, new PdfOptions(PaperSize.A4), Harness.Writer));
        _letter = new(() => BriefingPdf.Render(Model, new PdfOptions(PaperSize.Letter), Harness.Writer));
        _a4File = new(() => Write("a4.pdf", A4.Bytes));
        _letterFile = new(() => Write("letter.pdf", Letter.Bytes));
    }

    /// <summary>The <see cref="SampleBriefing"/> fixture with every section the PDF has.</summary>
    public static RenderedBriefing Sample => LazySample.Value;

    /// <summary>The example briefing in content/: for tests that check the example, not the code.</summary>
    public static RenderedBriefing Curated => LazyCurated.Value;

    public BriefingModel Model { get; }

    public LaidOutDocument Layout => _a4Layout.Value.Layout;

    public RecordingCanvas Canvas => _a4Layout.Value.Canvas;

    public IReadOnlyList<PdfWarning> LayoutWarnings => _a4Layout.Value.Warnings;

    public PdfResult A4 => _a4.Value;

    public PdfResult Letter => _letter.Value;

    /// <summary>The A4 PDF written to a temporary file, for command-line tools.</summary>
    public string A4File => _a4File.Value;

    public string LetterFile => _letterFile.Value;

    /// <summary>The model the fixture renders: the sample briefing with all ten sections.</summary>
    public static BriefingModel SampleModel() => SampleBriefing.Create(sections: TestModels.AllSections);

    /// <summary>The briefing laid out and drawn on a recording canvas for either paper size (A4 is <see cref="Layout"/>).</summary>
    public (LaidOutDocument Layout, RecordingCanvas Canvas) On(PaperSize paper) => paper == PaperSize.Letter
        ? (_letterLayout.Value.Layout, _letterLayout.Value.Canvas)
        : (_a4Layout.Value.Layout, _a4Layout.Value.Canvas);

    /// <summary>The warnings of laying the briefing out and of rendering it to PDF, on either paper size.</summary>
    public IReadOnlyList<PdfWarning> WarningsOn(PaperSize paper) => paper == PaperSize.Letter
        ? [.. _letterLayout.Value.Warnings, .. Letter.Warnings]
        : [.. _a4Layout.Value.Warnings, .. A4.Warnings];

    /// <summary>All text drawn on a page, whitespace collapsed.</summary>
    public string PageText(int page) => Normalise.Collapse(Reading.Page(Canvas, page));

    private static BriefingModel LoadContent()
    {
        var outcome = BriefingContent.Load(Repository.ContentDirectory);
        return outcome.Model ?? throw new InvalidOperationException("content/ does not load: " + string.Join("; ", outcome.Diagnostics));
    }

    private (LaidOutDocument Layout, RecordingCanvas Canvas, IReadOnlyList<PdfWarning> Warnings) Draw(PdfOptions options)
    {
        var layout = BriefingPdf.Layout(Model, options, out var warnings);
        var canvas = new RecordingCanvas();
        layout.DrawOn(canvas);
        return (layout, canvas, warnings);
    }

    private string Write(string name, byte[] bytes)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{_name}-{name}");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
