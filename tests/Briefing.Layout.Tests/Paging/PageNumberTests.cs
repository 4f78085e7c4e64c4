using System.Globalization;
using Briefing.Layout.Blocks;
using Briefing.Layout.Paging;
using Briefing.Layout.Tests.Support;
using Briefing.Layout.Text;

namespace Briefing.Layout.Tests.Paging;

public sealed class PageNumberTests
{
    [Fact]
    public void Footers_say_page_x_of_y_with_the_real_total()
    {
        var document = TestDocuments.Create().Page(new PageTemplate
        {
            Footer = page => new Paragraph($"Page {page.PageNumber} of {page.TotalPages}"),
        });
        for (var i = 0; i < 40; i++)
        {
            document.Add(new Paragraph(TestDocuments.Words($"p{i}", 50)));
        }

        var (layout, canvas) = TestDocuments.Draw(document);

        Assert.True(layout.PageCount >= 3);
        for (var page = 1; page <= layout.PageCount; page++)
        {
            Assert.Contains(canvas.Texts, t => t.Page == page && t.Text == $"Page {page} of {layout.PageCount}");
        }
    }

    [Fact]
    public void Contents_entries_print_the_pages_their_anchors_landed_on_even_when_the_contents_spans_pages()
    {
        // 70 entries make the contents run over two pages, which pushes every section down:
        // the first pass's numbers are wrong, and only later passes can settle them.
        const int Sections = 70;
        var document = TestDocuments.Create();
        document.Add(new Heading(1, "Contents"));
        for (var s = 0; s < Sections; s++)
        {
            document.Add(new Paragraph(Run.LinkTo($"Section {s}", $"s{s}"), new Run(" ... "), Run.PageOf($"s{s}")) { SpaceAfter = 2 });
        }

        for (var s = 0; s < Sections; s++)
        {
            document.Add(new Heading(2, $"Section {s}") { Anchor = $"s{s}" });
            document.Add(new Paragraph(TestDocuments.Words($"s{s}", 20 + (s % 5 * 30))));
        }

        var (layout, canvas) = TestDocuments.Draw(document);

        Assert.True(layout.Passes >= 2);
        Assert.DoesNotContain(layout.Warnings, w => w.Code == WarningCodes.PageNumbersUnstable);
        var lines = Enumerable.Range(1, layout.PageCount).SelectMany(p => canvas.PageText(p).Split('\n').Select(l => (Page: p, Text: l))).ToList();
        var lastEntry = lines.Single(l => l.Text.StartsWith("Section 69 ... ", StringComparison.Ordinal));
        Assert.True(lastEntry.Page >= 2, "the contents must span pages for this test to mean something");
        for (var s = 0; s < Sections; s++)
        {
            var line = lines.Single(l => l.Text.StartsWith($"Section {s} ... ", StringComparison.Ordinal));
            var printed = int.Parse(line.Text[$"Section {s} ... ".Length..], CultureInfo.InvariantCulture);
            var heading = canvas.Texts.Single(t => t.Text == $"Section {s}" && t.Size > 10);
            Assert.Equal(layout.AnchorPages[$"s{s}"], printed);
            Assert.Equal(heading.Page, printed);
        }
    }

    [Fact]
    public void Dynamic_blocks_see_the_pages_of_the_previous_pass()
    {
        var document = TestDocuments.Create()
            .Add(new Dynamic(refs => new Paragraph($"target on page {refs.PageOf("target")?.ToString(CultureInfo.InvariantCulture) ?? "?"} of {refs.TotalPages?.ToString(CultureInfo.InvariantCulture) ?? "?"}")))
            .Add(new PageBreak())
            .Add(new PageBreak())
            .Add(new Paragraph("x"))
            .Add(new PageBreak())
            .Add(new Paragraph("the target") { Anchor = "target" });

        var (layout, canvas) = TestDocuments.Draw(document);

        Assert.Equal(3, layout.PageCount);
        Assert.Equal("target on page 3 of 3", canvas.PageText(1));
    }

    [Fact]
    public void Cited_on_pages_lists_come_from_run_anchors()
    {
        var document = TestDocuments.Create()
            .Add(new Paragraph("Claim", Run.Marker("[1]", "src-1") with { Anchor = "cite-src-1-a" }))
            .Add(new PageBreak())
            .Add(new Paragraph("Other"))
            .Add(new PageBreak())
            .Add(new Paragraph("Again", Run.Marker("[1]", "src-1") with { Anchor = "cite-src-1-b" }))
            .Add(new Paragraph("Source one") { Anchor = "src-1" })
            .Add(new Dynamic(refs => new Paragraph(
                "Cited on pages " + string.Join(", ", refs.PagesOfAnchorsStartingWith("cite-src-1-").Select(a => a.Page).Distinct()))));

        var (layout, canvas) = TestDocuments.Draw(document);

        Assert.Equal(3, layout.AnchorPages["cite-src-1-b"]);
        Assert.Contains("Cited on pages 1, 3", canvas.PageText(3), StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_without_page_references_need_one_pass()
    {
        var (layout, _) = TestDocuments.Draw(TestDocuments.Create().Add(new Paragraph("plain")));

        Assert.Equal(1, layout.Passes);
    }

    [Fact]
    public void A_reference_to_an_unknown_anchor_prints_a_question_mark_and_warns()
    {
        var (layout, canvas) = TestDocuments.Draw(TestDocuments.Create().Add(new Paragraph("see page ", Run.PageOf("nowhere"))));

        Assert.Equal("see page ?", canvas.PageText(1));
        Assert.Contains(layout.Warnings, w => w.Code == WarningCodes.UnknownAnchor && w.Message.Contains("'nowhere'", StringComparison.Ordinal));
    }

    [Fact]
    public void Running_headers_show_the_section_started_on_or_before_the_page_and_the_first_page_can_differ()
    {
        var document = TestDocuments.Create()
            .Page(new PageTemplate { Header = page => new Paragraph($"[{page.SectionTitle ?? "none"}]") })
            .FirstPage(new PageTemplate());
        document.Add(new Paragraph("cover")).Add(new PageBreak());
        document.Add(new Paragraph("before any section")).Add(new PageBreak());
        document.Add(new Heading(1, "Alpha") { IsSection = true }).Add(new Paragraph("a")).Add(new PageBreak());
        document.Add(new Paragraph("still alpha")).Add(new PageBreak());
        document.Add(new Paragraph("top of page")).Add(new Heading(1, "Beta") { IsSection = true });

        var (_, canvas) = TestDocuments.Draw(document);

        Assert.DoesNotContain(canvas.Texts, t => t.Page == 1 && t.Text.StartsWith('['));
        Assert.Contains(canvas.Texts, t => t.Page == 2 && t.Text == "[none]");
        Assert.Contains(canvas.Texts, t => t.Page == 3 && t.Text == "[Alpha]");
        Assert.Contains(canvas.Texts, t => t.Page == 4 && t.Text == "[Alpha]");
        Assert.Contains(canvas.Texts, t => t.Page == 5 && t.Text == "[Beta]");
    }
}
