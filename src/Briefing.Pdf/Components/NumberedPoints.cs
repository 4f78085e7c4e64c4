using System.Globalization;
using Briefing.Layout.Blocks;
using Briefing.Layout.Canvas;
using Briefing.Pdf.Composition;
using static Briefing.Pdf.Theming.PdfTheme;

namespace Briefing.Pdf.Components;

/// <summary>
/// Takeaways, risks and outlook points: a large two-digit number in a narrow column, the point's text
/// (Markdown) with the markers of the sources behind its facts, and a hairline between points.
/// </summary>
internal static class NumberedPoints
{
    public static Group Create(BriefingContext context, IReadOnlyList<Core.Model.Point> points, Color numberColour)
    {
        var theme = context.Theme;
        var blocks = new List<Block>();
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var number = (i + 1).ToString("00", CultureInfo.InvariantCulture);
            var text = context.Markdown.Blocks(point.Text, trailing: context.Markers.ForFacts(point.Facts));
            blocks.Add(new Columns(
                new Column(new Paragraph(number) { Style = theme.PointNumber with { Color = numberColour }, SpaceAfter = 0 }) { Width = ColumnWidth.Fixed(theme.NumberColumn) },
                new Column([.. text]))
            {
                Gap = Space.Text,
                KeepTogether = true,
                SpaceAfter = Space.Tight,
            });
            if (i < points.Count - 1)
            {
                blocks.Add(new HorizontalRule { Stroke = theme.Hairline, SpaceBefore = Space.Small, SpaceAfter = Space.Medium });
            }
        }

        return new Group(blocks) { SpaceAfter = Space.Block };
    }
}
