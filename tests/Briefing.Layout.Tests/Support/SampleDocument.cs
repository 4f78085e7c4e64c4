using Briefing.Layout.Blocks;
using Briefing.Layout.Canvas;
using Briefing.Layout.Paging;
using Briefing.Layout.Text;

namespace Briefing.Layout.Tests.Support;

/// <summary>A document using every kind of block, for the tests that read a real PDF back.</summary>
internal static class SampleDocument
{
    public static Document Create()
    {
        var document = TestDocuments.Create(new DocumentSettings
        {
            Metadata = new DocumentMetadata
            {
                Title = "Sample report",
                Author = "Layout tests",
                Subject = "Smoke test",
                Keywords = "layout, pdf",
                Language = "en-GB",
                Created = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)),
            },
        });
        document.Page(new PageTemplate
        {
            Header = page => new Paragraph(page.SectionTitle ?? string.Empty) { Alignment = TextAlignment.Right },
            Footer = page => new Paragraph($"Page {page.PageNumber} of {page.TotalPages}") { Alignment = TextAlignment.Center },
        });
        document.FirstPage(new PageTemplate());
        document.Add(new Heading(1, "Sample report"));
        document.Add(new Paragraph("Contents: see ", Run.LinkTo("Details", "details"), " on page ", Run.PageOf("details"), ", and ", Run.Hyperlink("the web", "https://example.com/"), "."));
        document.Add(new PageBreak());
        document.Add(new Heading(1, "Details") { Anchor = "details", IsSection = true });
        document.Add(new Paragraph(TestDocuments.Words("d", 300)) { Alignment = TextAlignment.Justify });
        document.Add(ListBlock.Bulleted(new ListItem("one"), new ListItem(new Paragraph("two"), ListBlock.Numbered(new ListItem("two.a")))));
        document.Add(new Box(new Paragraph("Boxed text")) { Background = new Color(240, 240, 250), Border = new Stroke(Color.Gray) });
        document.Add(new Table(ColumnWidth.Relative(), ColumnWidth.Fixed(60)).WithHeader("Name", "Value")
            .WithRows(Enumerable.Range(1, 60).Select(i => new TableRow($"Row {i}", $"{i}"))));
        document.Add(new Heading(2, "Chart"));
        document.Add(new Drawing(80, d =>
        {
            d.Rectangle(new Rect(0, 20, 40, 60), new Color(70, 110, 170));
            d.Polygon([new Point(60, 80), new Point(80, 0), new Point(100, 80)], new Color(200, 80, 80), new Stroke(Color.Black));
            d.Text("label", new Point(20, 0), alignment: TextAlignment.Center);
        }));
        document.Add(new Image(ImageData.TryRead(TinyPng.Create(4, 2))!) { Width = 80 });
        document.Add(new HorizontalRule());
        document.Add(new Columns(new Column(new Paragraph("Left column")), new Column(new Paragraph("Right column"))));
        return document;
    }
}
