using Briefing.Core.Model;
using Briefing.Layout;
using Briefing.Layout.Blocks;
using Briefing.Layout.Canvas;
using Briefing.Layout.Fonts;
using Briefing.Layout.PdfSharp;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Theming;

namespace Briefing.Pdf.Tests.Support;

/// <summary>Lays out components in the briefing's real frame (theme, fonts, page templates) and records the drawing.</summary>
internal static class Harness
{
    /// <summary>The backend the composition root uses.</summary>
    public static IPdfWriter Writer { get; } = new PdfSharpWriter();

    /// <summary>One font library for the test run, as a build keeps one: fonts are found and loaded once.</summary>
    public static FontLibrary Fonts { get; } = new();

    public static BriefingContext Context(BriefingModel model, PaperSize paper = PaperSize.A4) =>
        new(model, PdfTheme.From(model.Info.Theme, paper, new List<string>(), fonts: Fonts));

    /// <summary>The blocks the callback builds, one after another, laid out and drawn.</summary>
    public static (LaidOutDocument Layout, RecordingCanvas Canvas) Draw(BriefingModel model, Func<BriefingContext, IEnumerable<Block>> build)
    {
        var context = Context(model);
        var document = BriefingDocument.Frame(context).Add(build(context));
        var layout = LayoutEngine.Layout(document);
        var canvas = new RecordingCanvas();
        layout.DrawOn(canvas);
        return (layout, canvas);
    }

    /// <summary>Every page's text, whitespace collapsed, joined.</summary>
    public static string AllText(RecordingCanvas canvas) =>
        string.Join("\n", Enumerable.Range(1, canvas.PageCount).Select(p => Reading.Page(canvas, p)));
}
