using Briefing.Layout.Nodes;

namespace Briefing.Layout.Paging;

/// <summary>Fills pages with the body: each page takes the part of the remaining content that fits its body area.</summary>
internal static class Paginator
{
    private const int MaxPages = 10_000;

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

            head.Draw(context, template.Margins.Left, template.Margins.Top);
            remaining = split.Tail;
            if (record.Pages.Count >= MaxPages)
            {
                throw new InvalidOperationException($"Layout did not finish within {MaxPages} pages.");
            }
        }
        while (remaining is not null);
    }
}
