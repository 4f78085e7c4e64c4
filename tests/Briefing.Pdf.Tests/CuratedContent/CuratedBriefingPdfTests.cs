using System.Text.RegularExpressions;
using Briefing.Pdf.Tests.Support;
using Briefing.Pdf.Text;

namespace Briefing.Pdf.Tests.CuratedContent;

/// <summary>
/// The PDF of the example briefing in content/: it lays out cleanly on both papers, draws the Chinese names an
/// analyst wrote, says what the briefing is about in its metadata, and its points keep their bold lead-ins.
/// These check the example, not the code, and are expected to change with it; tests of the PDF's code read the
/// <c>SampleBriefing</c> fixture through <see cref="RenderedBriefing.Sample"/>.
/// </summary>
public sealed class CuratedBriefingPdfTests
{
    private static RenderedBriefing Curated => RenderedBriefing.Curated;

    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.Letter)]
    public void The_example_lays_out_and_renders_without_warnings(PaperSize paper)
    {
        Assert.Empty(Curated.WarningsOn(paper));
    }

    [Fact]
    public void BAIC_Groups_Chinese_name_is_in_the_outline_and_drawn_in_the_CJK_font()
    {
        Assert.Contains(Curated.Layout.Outline, o => o.Level == 2 && o.Title == "BAIC Group (北汽集团)");
        Assert.Contains(Curated.Canvas.Texts, t => t.Text.Contains("北汽集团", StringComparison.Ordinal) && t.Font.Contains("WenQuanYi", StringComparison.Ordinal));
    }

    [ToolFact("pdfinfo")]
    public void The_metadata_names_the_example_its_desk_and_its_companies()
    {
        var (exit, info) = ExternalTools.Run("pdfinfo", Curated.A4File);

        Assert.Equal(0, exit);
        Assert.Matches(@"Title:\s+Batteries, Brands and Factories: China’s Auto–Tech–Battery Partnerships", info);
        Assert.Matches(@"Author:\s+Briefing Research industry desk", info);
        Assert.Matches(@"Subject:\s+CATL’s agreements", info);
        Assert.Matches(@"Keywords:\s+.*BAIC Group.*CATL.*Xiaomi", info);
        Assert.Matches(@"CreationDate:\s+\w+ Nov 22 00:00:00 2026 UTC", info);
    }

    [Fact]
    public void The_first_risk_keeps_its_bold_lead_in()
    {
        var markdown = new MarkdownRuns(Harness.Context(Curated.Model).Theme);
        var runs = Assert.IsType<Briefing.Layout.Blocks.Paragraph>(Assert.Single(markdown.Blocks(Curated.Model.Info.Risks[0].Text))).Runs;

        Assert.Equal("Policy barriers abroad.", runs[0].Text);
        Assert.True(runs[0].Style.Bold);
    }
}
