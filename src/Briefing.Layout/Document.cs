using Briefing.Layout.Blocks;
using Briefing.Layout.Paging;

namespace Briefing.Layout;

/// <summary>
/// A document to lay out: settings, page templates and the body blocks in order.
/// Build it, lay it out with <see cref="LayoutEngine"/>, then draw it on an <see cref="Canvas.ICanvas"/> or write it with an <see cref="IPdfWriter"/>.
/// </summary>
public sealed class Document
{
    private readonly List<Block> _blocks = [];

    public Document(DocumentSettings? settings = null)
    {
        Settings = settings ?? new DocumentSettings();
    }

    public DocumentSettings Settings { get; }

    /// <summary>The template of every page (unless <see cref="FirstPageTemplate"/> overrides page 1).</summary>
    public PageTemplate PageTemplate { get; private set; } = new();

    /// <summary>A different template for page 1 (e.g. a cover without header), or null.</summary>
    public PageTemplate? FirstPageTemplate { get; private set; }

    public IReadOnlyList<Block> Blocks => _blocks;

    /// <summary>Sets the page template.</summary>
    public Document Page(PageTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        PageTemplate = template;
        return this;
    }

    /// <summary>
    /// Sets a different template for the first page. Body text is laid out at the main template's width,
    /// so keep the first page's size and left/right margins the same; vertical margins, header and footer may differ.
    /// </summary>
    public Document FirstPage(PageTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        FirstPageTemplate = template;
        return this;
    }

    public Document Add(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        _blocks.Add(block);
        return this;
    }

    public Document Add(IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        foreach (var block in blocks)
        {
            Add(block);
        }

        return this;
    }

    internal PageTemplate TemplateFor(int pageNumber) => pageNumber == 1 && FirstPageTemplate is not null ? FirstPageTemplate : PageTemplate;
}
