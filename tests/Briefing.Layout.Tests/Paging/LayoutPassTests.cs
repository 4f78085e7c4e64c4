using System.Globalization;
using Briefing.Layout.Blocks;
using Briefing.Layout.Tests.Support;
using Briefing.Layout.Text;

namespace Briefing.Layout.Tests.Paging;

/// <summary>
/// Page references settle in a bounded number of passes, and the passes after the first build again only
/// the blocks that print page numbers; nothing caps the length of a document.
/// </summary>
public sealed class LayoutPassTests
{
    [Fact]
    public void Page_numbers_that_grow_from_one_digit_to_two_settle_in_at_most_three_passes_rebuilding_only_the_references()
    {
        // The contents lists 12 sections a page each, so its numbers go from "?" (first pass) to 2…13, and
        // the contents itself takes space: the first pass's numbers are one page off, the second's are right.
        const int Sections = 12;
        var document = TestDocuments.Create();
        for (var s = 0; s < Sections; s++)
        {
            document.Add(new Paragraph(Run.LinkTo($"Section {s}", $"s{s}"), new Run(" … page "), Run.PageOf($"s{s}")));
        }

        for (var s = 0; s < Sections; s++)
        {
            document.Add(new PageBreak());
            document.Add(new Heading(2, $"Section {s}") { Anchor = $"s{s}" });
            document.Add(new Paragraph(TestDocuments.Words($"s{s}", 40)));
        }

        var (layout, canvas) = TestDocuments.Draw(document);

        Assert.Equal(Sections + 1, layout.PageCount);
        Assert.InRange(layout.Passes, 2, 3);
        Assert.DoesNotContain(layout.Warnings, w => w.Code == WarningCodes.PageNumbersUnstable);
        var contents = canvas.PageText(1);
        for (var s = 0; s < Sections; s++)
        {
            Assert.Contains($"Section {s} … page {(s + 2).ToString(CultureInfo.InvariantCulture)}\n", contents + "\n", StringComparison.Ordinal);
        }

        // The first pass builds every block; later passes only the contents entries, which print numbers.
        Assert.Equal(layout.Passes, layout.BlocksBuiltPerPass.Count);
        Assert.True(layout.BlocksBuiltPerPass[0] >= 3 * Sections);
        Assert.All(layout.BlocksBuiltPerPass.Skip(1), built => Assert.Equal(Sections, built));
    }

    [Fact]
    public void A_document_of_more_than_ten_thousand_pages_lays_out_in_full()
    {
        // The engine once stopped at 10,000 pages with an internal error; a long briefing is not an error.
        const int Pages = 10_050;
        var document = TestDocuments.Create();
        for (var i = 0; i < Pages; i++)
        {
            if (i > 0)
            {
                document.Add(new PageBreak());
            }

            document.Add(new Paragraph($"page {i + 1}"));
        }

        var layout = LayoutEngine.Layout(document);

        Assert.Equal(Pages, layout.PageCount);
        Assert.Empty(layout.Warnings);
    }
}
