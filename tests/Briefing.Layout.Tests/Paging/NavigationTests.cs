using Briefing.Layout.Blocks;
using Briefing.Layout.Canvas;
using Briefing.Layout.Tests.Support;
using Briefing.Layout.Text;

namespace Briefing.Layout.Tests.Paging;

public sealed class NavigationTests
{
    [Fact]
    public void Internal_links_go_to_the_page_and_position_of_their_anchor()
    {
        var document = TestDocuments.Create()
            .Add(new Paragraph("Go to ", Run.LinkTo("the target", "target"), " now."))
            .Add(new PageBreak())
            .Add(new Paragraph("filler"))
            .Add(new Paragraph("Target text") { Anchor = "target" });

        var (layout, canvas) = TestDocuments.Draw(document);

        var link = Assert.Single(canvas.Commands.OfType<LinkAdded>());
        var destination = Assert.Single(canvas.Commands.OfType<DestinationAdded>());
        var linkText = canvas.Texts.Single(t => t.Text == "the target");
        var target = canvas.Texts.Single(t => t.Text == "Target text");
        Assert.Equal(1, link.Page);
        Assert.Equal(2, layout.AnchorPages["target"]);
        Assert.Equal((2, "target"), (link.Destination.Page, link.Destination.Anchor));
        Assert.Equal(destination.Y, link.Destination.Y, 3);
        Assert.True(target.Y > destination.Y && target.Y - destination.Y < 15, "the destination is the top of the target line");
        Assert.Equal(linkText.X, link.Area.X, 3);
        Assert.Equal(linkText.Width, link.Area.Width, 3);
    }

    [Fact]
    public void External_links_cover_their_text()
    {
        var document = TestDocuments.Create().Add(new Paragraph("Read ", Run.Hyperlink("the report", "https://example.com/r")));

        var (_, canvas) = TestDocuments.Draw(document);

        var link = Assert.Single(canvas.Commands.OfType<LinkAdded>());
        var text = canvas.Texts.Single(t => t.Text == "the report");
        Assert.Equal("https://example.com/r", link.Destination.Uri);
        Assert.Equal(text.X, link.Area.X, 3);
        Assert.True(link.Area.Y < text.Y && link.Area.Bottom > text.Y, "the area spans the text's line");
    }

    [Fact]
    public void Superscript_markers_are_smaller_raised_and_can_carry_anchors()
    {
        var document = TestDocuments.Create().Add(new Paragraph("Fact", Run.Marker("[1]", "src-1") with { Anchor = "cite-1" }, " more"))
            .Add(new Paragraph("Source") { Anchor = "src-1" });

        var (layout, canvas) = TestDocuments.Draw(document);

        var fact = canvas.Texts.Single(t => t.Text == "Fact");
        var marker = canvas.Texts.Single(t => t.Text == "[1]");
        Assert.True(marker.Size < fact.Size);
        Assert.True(marker.Y < fact.Y, "raised above the baseline");
        Assert.Equal(1, layout.AnchorPages["cite-1"]);
        Assert.Contains(canvas.Commands.OfType<LinkAdded>(), l => l.Destination.Anchor == "src-1");
    }

    [Fact]
    public void Headings_become_nested_outline_entries()
    {
        var document = TestDocuments.Create()
            .Add(new Heading(1, "One"))
            .Add(new Heading(2, "One.A"))
            .Add(new Heading(3, "One.A.i"))
            .Add(new PageBreak())
            .Add(new Heading(2, "One.B"))
            .Add(new Heading(1, "Two"))
            .Add(new Heading(2, "Hidden") { InOutline = false });

        var (layout, canvas) = TestDocuments.Draw(document);

        var bookmarks = canvas.Commands.OfType<BookmarkAdded>().Select(b => (b.Title, b.Level, b.Page)).ToList();
        Assert.Equal([("One", 1, 1), ("One.A", 2, 1), ("One.A.i", 3, 1), ("One.B", 2, 2), ("Two", 1, 2)], bookmarks);
        Assert.Equal(bookmarks, layout.Outline.Select(o => (o.Title, o.Level, o.Page)));
    }

    [Fact]
    public void Duplicate_anchors_warn_and_the_first_wins()
    {
        var document = TestDocuments.Create()
            .Add(new Paragraph("a") { Anchor = "same" })
            .Add(new PageBreak())
            .Add(new Paragraph("b") { Anchor = "same" });

        var (layout, _) = TestDocuments.Draw(document);

        Assert.Equal(1, layout.AnchorPages["same"]);
        Assert.Contains(layout.Warnings, w => w.Code == WarningCodes.DuplicateAnchor);
    }
}
