using Briefing.Layout.Blocks;
using Briefing.Layout.Canvas;
using Briefing.Layout.Paging;
using Briefing.Layout.Tests.Support;

namespace Briefing.Layout.Tests.Blocks;

public sealed class ContainerTests
{
    private static readonly PageTemplate Template = new();

    [Fact]
    public void Lists_put_markers_on_the_first_baseline_of_each_item_and_nest()
    {
        var document = TestDocuments.Create().Add(ListBlock.Bulleted(
            new ListItem("first"),
            new ListItem(new Paragraph("second"), ListBlock.Numbered(new ListItem("inner a"), new ListItem("inner b")))));

        var (_, canvas) = TestDocuments.Draw(document);

        TextDrawn T(string text) => canvas.Texts.First(t => t.Text == text);
        Assert.Equal(T("•").Y, T("first").Y, 3);
        Assert.Equal(canvas.Texts.Last(t => t.Text == "•").Y, T("second").Y, 3);
        Assert.Equal(T("1.").Y, T("inner a").Y, 3);
        Assert.Equal(T("2.").Y, T("inner b").Y, 3);
        Assert.True(T("•").X + T("•").Width < T("first").X, "marker sits in the indent column");
        Assert.True(T("inner a").X > T("second").X, "nested items are indented further");
        Assert.Equal(2, canvas.Texts.Count(t => t.Text == "•"));
    }

    [Fact]
    public void A_box_split_over_two_pages_draws_a_complete_box_on_each()
    {
        var box = new Box(new Paragraph(TestDocuments.Words("boxed", 200))) { Background = new Color(1, 2, 3), Padding = new Insets(10) };
        var document = TestDocuments.Create().Add(new Spacer(Template.BodyHeight - 100)).Add(box);

        var (_, canvas) = TestDocuments.Draw(document);

        var backgrounds = canvas.Commands.OfType<RectangleDrawn>().Where(r => r.Fill == new Color(1, 2, 3)).ToList();
        Assert.Equal([1, 2], backgrounds.Select(b => b.Page));
        foreach (var background in backgrounds)
        {
            var texts = canvas.Texts.Where(t => t.Page == background.Page).ToList();
            Assert.All(texts, t => Assert.InRange(t.Y, background.Rect.Y + 10, background.Rect.Bottom - 10));
            Assert.All(texts, t => Assert.True(t.X >= background.Rect.X + 10));
        }
    }

    [Fact]
    public void Columns_sit_side_by_side()
    {
        var document = TestDocuments.Create().Add(new Columns(
            new Column(new Paragraph("left")) { Width = ColumnWidth.Relative(1) },
            new Column(new Paragraph("right")) { Width = ColumnWidth.Relative(1) })
        { Gap = 20 });

        var (_, canvas) = TestDocuments.Draw(document);

        var left = canvas.Texts.Single(t => t.Text == "left");
        var right = canvas.Texts.Single(t => t.Text == "right");
        Assert.Equal(left.Y, right.Y, 3);
        Assert.Equal(Template.Margins.Left + ((Template.BodyWidth - 20) / 2) + 20, right.X, 3);
    }

    [Fact]
    public void Spacing_between_blocks_collapses_to_the_larger_and_vanishes_at_a_page_top()
    {
        var document = TestDocuments.Create()
            .Add(new Paragraph("a") { SpaceAfter = 20 })
            .Add(new Paragraph("b") { SpaceBefore = 8 })
            .Add(new PageBreak())
            .Add(new Paragraph("c") { SpaceBefore = 50 });

        var (_, canvas) = TestDocuments.Draw(document);

        var a = canvas.Texts.Single(t => t.Text == "a");
        var b = canvas.Texts.Single(t => t.Text == "b");
        var c = canvas.Texts.Single(t => t.Text == "c");
        Assert.Equal(20 + 13.5, b.Y - a.Y, 3);
        Assert.Equal(a.Y, c.Y, 3);
    }

    [Fact]
    public void Images_keep_their_aspect_ratio_and_fit_the_width()
    {
        var png = ImageData.TryRead(TinyPng.Create(1000, 250))!;
        var document = TestDocuments.Create()
            .Add(new Image(png) { Width = 200 })
            .Add(new Image(png));

        var (_, canvas) = TestDocuments.Draw(document);

        var images = canvas.Commands.OfType<ImageDrawn>().ToList();
        Assert.Equal((200, 50), (images[0].Rect.Width, images[0].Rect.Height));
        Assert.Equal(Template.BodyWidth, images[1].Rect.Width, 3);
        Assert.Equal(Template.BodyWidth / 4, images[1].Rect.Height, 3);
    }

    [Fact]
    public void Image_headers_give_the_pixel_size_and_other_bytes_are_refused()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x20, 0x00, 0x40, 0x03, 0, 0, 0, 0, 0, 0];

        Assert.Equal((64, 32, "jpeg"), ImageData.TryRead(jpeg) is { } j ? (j.PixelWidth, j.PixelHeight, j.Format) : default);
        Assert.Equal((3, 5, "png"), ImageData.TryRead(TinyPng.Create(3, 5)) is { } p ? (p.PixelWidth, p.PixelHeight, p.Format) : default);
        Assert.Null(ImageData.TryRead("not an image"u8.ToArray()));
    }

    [Fact]
    public void Drawings_draw_relative_to_their_box()
    {
        var document = TestDocuments.Create()
            .Add(new Paragraph("above"))
            .Add(new Drawing(50, d =>
            {
                d.Rectangle(new Rect(10, 5, d.Width - 20, 40), new Color(9, 9, 9));
                d.Text("label", new Point(d.Width / 2, 0), alignment: Briefing.Layout.Text.TextAlignment.Center);
            }));

        var (_, canvas) = TestDocuments.Draw(document);

        var above = canvas.Texts.Single(t => t.Text == "above");
        var rect = canvas.Commands.OfType<RectangleDrawn>().Single().Rect;
        var label = canvas.Texts.Single(t => t.Text == "label");
        Assert.Equal(Template.Margins.Left + 10, rect.X, 3);
        Assert.Equal(Template.BodyWidth - 20, rect.Width, 3);
        Assert.True(rect.Y > above.Y);
        Assert.Equal(Template.Margins.Left + (Template.BodyWidth / 2), label.X + (label.Width / 2), 3);
    }
}
