using Briefing.Layout.Nodes;

namespace Briefing.Layout.Paging;

/// <summary>
/// Fills pages with the body: each page takes the part of the remaining content that fits its body area.
/// There is no page limit: every split of a page that must take something places something (a line, a row,
/// an atom, even one taller than the page), so the pages end with the content, however long it is.
/// </summary>
internal static class Paginator
{

    public static void Paginate(LayoutNode body, Document document, LayoutPassRecord record, DrawContext context)
    {
        LayoutNode? remaining = body;
        do
        {
            var template = document.TemplateFor(record.Pages.Count + 1);
            record.StartPage(template.Size.Width, template.Size.Height);
            if (remaining is null)
            {
                break;
            }

            var split = remaining.Split(template.BodyHeight, mustPlace: true);
            var head = split.Head ?? throw new InvalidOperationException("Layout placed nothing on an empty page.");
            if (head.Height > template.BodyHeight + 0.01)
            {
                record.Warnings.Add(
                    WarningCodes.ContentTooTall,
                    $"Content on page {record.Pages.Count} is {head.Height:0.#} pt tall, more than the {template.BodyHeight:0.#} pt body height; it overflows the bottom margin.");
            }

            if (ReferenceEquals(split.Tail, remaining))
            {
                throw new InvalidOperationException($"Layout placed nothing of the content left on page {record.Pages.Count}, so it would never finish.");
            }

            head.Draw(context, template.Margins.Left, template.Margins.Top);
            remaining = split.Tail;
        }
        while (remaining is not null);
    }
}
