using Briefing.Layout;
using Briefing.Layout.Canvas;

namespace Briefing.Pdf.Tests.Support;

/// <summary>
/// The text printed at an anchor: what was drawn on its page from the anchor down to the next anchor
/// (citation markers, which sit inside the text, excepted) or the end of the page's body. For an entry
/// that carries its own anchor (a timeline event, a source, a row of the figures table) that is the entry.
/// </summary>
internal static class AnchorText
{
    public static string Under(LaidOutDocument layout, RecordingCanvas canvas, string anchor)
    {
        var destinations = canvas.Commands.OfType<DestinationAdded>().ToList();
        var at = destinations.Single(d => d.Name == anchor);
        var template = layout.Document.PageTemplate;
        var end = destinations
            .Where(d => d.Page == at.Page && d.Y > at.Y + 0.5 && !d.Name.StartsWith("cite-", StringComparison.Ordinal))
            .Select(d => d.Y)
            .DefaultIfEmpty(template.Size.Height - template.Margins.Bottom)
            .Min();

        // Text positions are baselines, below the top of the line an anchor marks.
        return Normalise.Collapse(string.Join("\n", Reading.Lines(canvas.Texts.Where(t => t.Page == at.Page && t.Y > at.Y && t.Y < end))));
    }
}
