using Briefing.Core.Model;
using System.Globalization;
using Briefing.Layout.Blocks;
using Briefing.Layout.Text;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Text;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>
/// The sidebar beside the executive summary: what the briefing covers, in counts (deals, companies, events,
/// sources) and the span of years its timeline runs over. It narrows the summary to a readable measure.
/// </summary>
internal static class AtAGlance
{
    public static Box Create(BriefingContext context)
    {
        var theme = context.Theme;
        var model = context.Model;
        var blocks = new List<Block> { new Paragraph(Labels.Caps("This briefing")) { Style = theme.Kicker, SpaceAfter = Space.Medium } };
        void Add(int count, string singular, string plural)
        {
            if (count > 0)
            {
                blocks.Add(Item(context, count.ToString(CultureInfo.InvariantCulture), count == 1 ? singular : plural));
            }
        }

        Add(model.Deals.Count, "deal", "deals");
        Add(model.Companies.Count, "company or organisation", "companies and organisations");
        Add(model.Events.Count, "dated event", "dated events");
        Add(model.Sources.Count, "source", "sources");
        if (model.Events.Count > 0)
        {
            var first = model.Events[0].Date.Year;
            var last = model.Events[^1].Date.Year;
            blocks.Add(Item(context, first == last ? $"{first}" : $"{first}–{last}", "years the timeline covers"));
        }

        return new Box([.. blocks]) { Background = theme.Tint, Padding = theme.PanelPadding, SpaceAfter = 0 };
    }

    private static Paragraph Item(BriefingContext context, string number, string label) =>
        new(new Run(number, context.Theme.GlanceNumber), new Run("\n" + label))
        {
            Style = context.Theme.SmallMuted,
            SpaceAfter = Space.Roomy,
        };
}
