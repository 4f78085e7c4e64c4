using Briefing.Core.Model;
using Briefing.Layout;
using Briefing.Pdf.Composition;

namespace Briefing.Pdf;

/// <summary>
/// The designed PDF briefing: cover, contents, executive summary, key figures, deals, timeline, companies,
/// risks and outlook, sources and method, in the order the briefing's <c>sections</c> list gives.
/// </summary>
public static class BriefingPdf
{
    /// <summary>Renders the briefing. Pure: no files, no clock; identical models give identical bytes.</summary>
    /// <param name="model">The briefing.</param>
    /// <param name="options">Paper and fonts.</param>
    /// <param name="writer">The PDF backend, chosen by the host's composition root.</param>
    public static PdfResult Render(BriefingModel model, PdfOptions options, IPdfWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var layout = Layout(model, options, out var warnings);
        var bytes = writer.Write(layout);
        return new PdfResult(bytes, warnings);
    }

    /// <summary>Lays the briefing out without writing PDF bytes (for tests on a recording canvas).</summary>
    internal static LaidOutDocument Layout(BriefingModel model, PdfOptions options, out IReadOnlyList<PdfWarning> warnings)
    {
        var messages = new List<string>();
        var document = BriefingDocument.Compose(model, options, messages);
        var layout = LayoutEngine.Layout(document);
        // One line each, each once: engine messages are single sentences, but content may bring line breaks.
        warnings = [.. messages.Select(m => new PdfWarning(m))
            .Concat(layout.Warnings.Select(w => new PdfWarning(w.Message, w.Code == WarningCodes.FontFamilyMissing ? w.Subject : null)))
            .Select(w => w with { Message = w.Message.ReplaceLineEndings(" ") })
            .Distinct()];
        return layout;
    }
}
