using Briefing.Layout.Nodes;

namespace Briefing.Layout.Paging;

/// <summary>
/// Draws running headers and footers once the body is paginated, when each page's number, the total,
/// and the current section title are known.
/// </summary>
internal static class RunningContent
{
    public static void Draw(Document document, LayoutPassRecord record, DrawContext context, NodeBuilder builder)
    {
        var total = record.Pages.Count;
        context.RecordsMarks = false;
        // Headings are recorded in page order, so one sweep finds each page's section (not a search per page).
        var next = 0;
        string? section = null;
        foreach (var page in record.Pages)
        {
            var template = document.TemplateFor(page.Number);
            for (; next < record.Headings.Count && record.Headings[next].Page <= page.Number; next++)
            {
                section = record.Headings[next].IsSection ? record.Headings[next].Title : section;
            }

            var pageContext = new PageContext(page.Number, total, section);
            record.CurrentPage = page;

            if (template.Header?.Invoke(pageContext) is { } header)
            {
                var node = builder.Build(header, template.BodyWidth, document.Settings.BaseStyle);
                node.Draw(context, template.Margins.Left, template.HeaderDistance);
                if (template.HeaderDistance + node.Height > template.Margins.Top + 0.01)
                {
                    record.Warnings.Add(WarningCodes.HeaderFooterTooTall, $"The header of page {page.Number} runs into the body area.");
                }
            }

            if (template.Footer?.Invoke(pageContext) is { } footer)
            {
                var node = builder.Build(footer, template.BodyWidth, document.Settings.BaseStyle);
                var top = template.Size.Height - template.FooterDistance - node.Height;
                node.Draw(context, template.Margins.Left, top);
                if (top < template.Size.Height - template.Margins.Bottom - 0.01)
                {
                    record.Warnings.Add(WarningCodes.HeaderFooterTooTall, $"The footer of page {page.Number} runs into the body area.");
                }
            }
        }

        context.RecordsMarks = true;
    }
}
