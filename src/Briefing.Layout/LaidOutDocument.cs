using Briefing.Layout.Canvas;
using Briefing.Layout.Nodes;
using Briefing.Layout.Paging;

namespace Briefing.Layout;

/// <summary>
/// A document after layout: where every anchor and heading landed, the warnings, and the pages, which can be
/// drawn on any <see cref="ICanvas"/> (a PDF, or a recording for tests).
/// </summary>
public sealed class LaidOutDocument
{
    private readonly LayoutPassRecord _record;

    internal LaidOutDocument(Document document, LayoutPassRecord record, int passes, IReadOnlyList<LayoutWarning> warnings)
    {
        Document = document;
        _record = record;
        Passes = passes;
        Warnings = warnings;
        AnchorPages = record.Anchors.ToDictionary(a => a.Key, a => a.Value.Page, StringComparer.Ordinal);
        Outline = [.. record.Headings.Where(h => h.InOutline).Select(h => new OutlineEntry(h.Title, h.Level, h.Page, h.IsSection))];
    }

    public Document Document { get; }

    public int PageCount => _record.Pages.Count;

    /// <summary>Layout passes it took for page numbers to settle (1 when the content prints none).</summary>
    public int Passes { get; }

    /// <summary>Blocks measured and broken into lines in each pass; later passes build only those that print page numbers.</summary>
    internal IReadOnlyList<int> BlocksBuiltPerPass { get; init; } = [];

    /// <summary>Anchor id → the 1-based page it landed on.</summary>
    public IReadOnlyDictionary<string, int> AnchorPages { get; }

    /// <summary>The headings in the outline, in document order.</summary>
    public IReadOnlyList<OutlineEntry> Outline { get; }

    public IReadOnlyList<LayoutWarning> Warnings { get; }

    /// <summary>Draws every page, in order, on a canvas.</summary>
    public void DrawOn(ICanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        foreach (var page in _record.Pages)
        {
            page.Replay(canvas);
        }
    }
}
