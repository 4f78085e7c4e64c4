using Briefing.Layout.Blocks;
using Briefing.Layout.Text;
using Briefing.Pdf.Tests.Support;
using Briefing.Pdf.Text;
using LayoutList = Briefing.Layout.Blocks.ListBlock;

namespace Briefing.Pdf.Tests.Markdown;

/// <summary>How Markdown's syntax tree maps onto the layout engine's blocks and runs.</summary>
public sealed class MarkdownRunsTests
{
    private static readonly MarkdownRuns Markdown = new(Harness.Context(TestModels.Small()).Theme);

    private static IReadOnlyList<Run> RunsOf(string markdown) => Assert.IsType<Paragraph>(Assert.Single(Markdown.Blocks(markdown))).Runs;

    [Fact]
    public void Emphasis_and_strong_emphasis_become_italic_and_bold_runs()
    {
        var runs = RunsOf("plain *italic* **bold** ***both***");

        Assert.Equal(["plain ", "italic", " ", "bold", " ", "both"], runs.Select(r => r.Text));
        Assert.True(runs[1].Style.Italic);
        Assert.Null(runs[1].Style.Bold);
        Assert.True(runs[3].Style.Bold);
        Assert.True(runs[5].Style.Bold);
        Assert.True(runs[5].Style.Italic);
    }

    [Fact]
    public void Code_spans_use_the_monospaced_font()
    {
        var code = RunsOf("run `make all` now").Single(r => r.Text == "make all");

        Assert.Equal("DejaVu Sans Mono", code.Style.FontFamily);
    }

    [Theory]
    [InlineData("[site](https://example.com/a)", "https://example.com/a")]
    [InlineData("[mail](mailto:desk@example.com)", "mailto:desk@example.com")]
    [InlineData("<https://example.com/auto>", "https://example.com/auto")]
    [InlineData("<desk@example.com>", "mailto:desk@example.com")]
    public void Allowed_absolute_links_keep_their_address(string markdown, string uri)
    {
        var link = RunsOf(markdown).Single(r => r.Link is not null);

        Assert.Equal(uri, link.Link!.Uri);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "click")]
    [InlineData("[run](JaVa\tScRiPt:alert(1))", "run")]
    [InlineData("[data](data:text/html;base64,AAAA)", "data")]
    [InlineData("[page](deals/x.html)", "page")]
    [InlineData("[far](//evil.example.com)", "far")]
    public void Refused_and_relative_links_stay_as_plain_text(string markdown, string text)
    {
        var runs = RunsOf(markdown);

        Assert.All(runs, r => Assert.Null(r.Link));
        Assert.Contains(text, string.Concat(runs.Select(r => r.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Soft_breaks_are_spaces_and_hard_breaks_new_lines()
    {
        var runs = RunsOf("one\ntwo  \nthree");

        Assert.Equal("one two\nthree", string.Concat(runs.Select(r => r.Text)));
    }

    [Fact]
    public void Lists_keep_their_kind_start_and_nesting()
    {
        var blocks = Markdown.Blocks("3. three\n4. four\n   - nested\n\n- bullet");

        var numbered = Assert.IsType<LayoutList>(blocks[0]);
        Assert.Equal(ListKind.Numbered, numbered.Kind);
        Assert.Equal(3, numbered.Start);
        Assert.Equal(2, numbered.Items.Count);
        Assert.IsType<LayoutList>(numbered.Items[1].Content[^1]);
        Assert.Equal(ListKind.Bulleted, Assert.IsType<LayoutList>(blocks[1]).Kind);
    }

    [Fact]
    public void Block_structure_maps_to_rules_code_boxes_and_quotes()
    {
        var blocks = Markdown.Blocks("# Title\n\ntext\n\n---\n\n```\ncode\n```\n\n> quoted");

        Assert.True(Assert.IsType<Paragraph>(blocks[0]).Style.Bold);
        Assert.True(blocks[0].KeepWithNext);
        Assert.IsType<Paragraph>(blocks[1]);
        Assert.IsType<HorizontalRule>(blocks[2]);
        Assert.IsType<Box>(blocks[3]);
        Assert.IsType<Table>(blocks[4]);
    }

    [Fact]
    public void Headings_in_fields_do_not_enter_the_outline()
    {
        var blocks = Markdown.Blocks("## Not a section\n\nBody");

        Assert.DoesNotContain(blocks, b => b is Heading);
    }

    [Fact]
    public void Trailing_runs_join_the_last_paragraph_or_follow_a_list()
    {
        var marker = Run.Marker("[1]");

        Assert.Same(marker, Assert.IsType<Paragraph>(Markdown.Blocks("First.\n\nLast.", trailing: [marker])[^1]).Runs[^1]);
        var afterList = Markdown.Blocks("- item", trailing: [marker]);
        Assert.Equal(2, afterList.Count);
        Assert.Same(marker, Assert.IsType<Paragraph>(afterList[1]).Runs.Single());
    }

    [Fact]
    public void Raw_html_is_shown_as_text_not_interpreted()
    {
        var text = string.Concat(RunsOf("a <b>bold</b> <script>x</script>").Select(r => r.Text));

        Assert.Equal("a <b>bold</b> <script>x</script>", text);
    }

    [Fact]
    public void Images_show_their_alternative_text()
    {
        var runs = RunsOf("![a chart](chart.png)");

        Assert.Equal("a chart", string.Concat(runs.Select(r => r.Text)));
        Assert.All(runs, r => Assert.True(r.Style.Italic));
    }

    [Fact]
    public void Entities_are_decoded()
    {
        Assert.Equal("AT&T © 2024", string.Concat(RunsOf("AT&amp;T &copy; 2024").Select(r => r.Text)));
    }

    [Fact]
    public void A_bold_lead_in_is_its_own_bold_run_before_the_point()
    {
        var runs = RunsOf("**Policy barriers abroad.** Tariffs may slow exports.");

        Assert.Equal(["Policy barriers abroad.", " Tariffs may slow exports."], runs.Select(r => r.Text));
        Assert.True(runs[0].Style.Bold);
        Assert.Null(runs[1].Style.Bold);
    }
}
