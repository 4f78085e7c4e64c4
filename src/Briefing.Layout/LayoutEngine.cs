using Briefing.Layout.Blocks;
using Briefing.Layout.Fonts;
using Briefing.Layout.Nodes;
using Briefing.Layout.Paging;
using Briefing.Layout.Text;

namespace Briefing.Layout;

/// <summary>
/// Lays a document out into pages. Page numbers that content prints about itself (contents entries,
/// "cited on pages", dynamic blocks) are settled honestly: each pass uses where anchors landed in the
/// previous pass, and passes repeat until a pass lands every anchor on the page the pass printed for it.
/// </summary>
public static class LayoutEngine
{
    public static LaidOutDocument Layout(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fontWarnings = new WarningCollector();
        var fonts = new FontSystem(document.Settings.Fonts, fontWarnings);
        var cache = new NodeCache();
        IReadOnlyDictionary<string, int> knownPages = new Dictionary<string, int>(StringComparer.Ordinal);
        int? knownTotal = null;
        LayoutPassRecord record;
        var pass = 0;
        var stable = false;
        do
        {
            pass++;
            cache.Pass = pass;
            record = RunPass(document, fonts, cache, knownPages, knownTotal);
            var landed = record.Anchors.ToDictionary(a => a.Key, a => a.Value.Page, StringComparer.Ordinal);
            stable = !record.UsesPageNumbers || (knownTotal == record.Pages.Count && SamePages(knownPages, landed));
            knownPages = landed;
            knownTotal = record.Pages.Count;
        }
        while (!stable && pass < Math.Max(1, document.Settings.MaxLayoutPasses));

        fonts.ReportMissingGlyphs();
        var warnings = new WarningCollector();
        foreach (var warning in fontWarnings.Warnings.Concat(record.Warnings.Warnings))
        {
            warnings.Add(warning.Code, warning.Message, warning.Subject);
        }

        foreach (var anchor in record.ReferencedAnchors.Where(a => !record.Anchors.ContainsKey(a)))
        {
            warnings.Add(WarningCodes.UnknownAnchor, $"A link or page reference points to anchor '{anchor}', which no block carries.");
        }

        if (!stable)
        {
            warnings.Add(WarningCodes.PageNumbersUnstable, $"Page numbers were still changing after {pass} layout passes; some may be off by one page.");
        }

        return new LaidOutDocument(document, record, pass, warnings.Warnings) { BlocksBuiltPerPass = cache.BuiltPerPass };
    }

    // Each pass builds anew only the blocks that print page numbers (the cache keeps the rest), then paginates.
    private static LayoutPassRecord RunPass(Document document, FontSystem fonts, NodeCache cache, IReadOnlyDictionary<string, int> knownPages, int? knownTotal)
    {
        var record = new LayoutPassRecord(new WarningCollector());
        void Used()
        {
            record.UsesPageNumbers = true;
            cache.NotePageLookup();
        }

        var text = new TextContext(
            fonts,
            anchor =>
            {
                Used();
                return knownPages.TryGetValue(anchor, out var page) ? page : null;
            },
            record.ReferencedAnchors);
        var references = new PageReferences(knownPages, knownTotal, Used);
        var builder = new NodeBuilder(document.Settings, text, references, document.PageTemplate.BodyHeight, cache);
        var context = new DrawContext(record, fonts);
        var body = builder.BuildStack(document.Blocks, document.PageTemplate.BodyWidth, document.Settings.BaseStyle);
        Paginator.Paginate(body, document, record, context);

        // Headers and footers are new blocks on every page: built without the cache, which would only grow.
        var running = new NodeBuilder(document.Settings, text, references, document.PageTemplate.BodyHeight);
        RunningContent.Draw(document, record, context, running);
        return record;
    }

    private static bool SamePages(IReadOnlyDictionary<string, int> before, Dictionary<string, int> after) =>
        before.Count == after.Count && before.All(a => after.TryGetValue(a.Key, out var page) && page == a.Value);
}
