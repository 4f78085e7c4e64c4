using Briefing.Core.Model;
using Briefing.Layout.Canvas;
using Briefing.Pdf.Tests.Support;

namespace Briefing.Pdf.Tests.Components;

/// <summary>The theme is seeded from the content's: brand colour and fonts reach the page; bad values warn, not fail.</summary>
public sealed class ThemeTests
{
    private static BriefingModel With(Theme theme, IReadOnlyList<SectionKind>? sections = null)
    {
        var model = TestModels.Small();
        var info = model.Info with { Theme = theme, Sections = sections ?? model.Info.Sections };
        return new BriefingModel(info, model.Sources, model.Companies, model.Deals, model.Facts, model.Events, model.Charts);
    }

    [Fact]
    public void Section_titles_take_the_brand_colour_and_the_heading_font()
    {
        var layout = BriefingPdf.Layout(With(new Theme("#336699", "#aa0000", "Lato", "DejaVu Sans")), PdfOptions.Default, out var warnings);
        var canvas = new RecordingCanvas();
        layout.DrawOn(canvas);

        var title = canvas.Texts.First(t => t.Text == "Executive summary" && t.Size > 15);
        Assert.Equal(Color.FromHex("#336699"), title.Color);
        Assert.StartsWith("DejaVu Sans", title.Font, StringComparison.Ordinal);
        Assert.Contains(canvas.Texts, t => t.Font.StartsWith("Lato", StringComparison.Ordinal));
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_missing_font_or_bad_colour_is_a_warning_reported_once()
    {
        BriefingPdf.Layout(With(new Theme("blue", "#aa0000", "No Such Sans", "No Such Sans")), PdfOptions.Default, out var warnings);

        var font = Assert.Single(warnings, w => w.Message.Contains("'No Such Sans'", StringComparison.Ordinal));
        Assert.Equal("No Such Sans", font.MissingFontFamily);
        Assert.DoesNotContain("LAY0", font.Message, StringComparison.Ordinal);
        Assert.Single(warnings, w => w.Message.Contains("brand colour 'blue'", StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.DoesNotContain('\n', w.Message));
    }

    [Fact]
    public void Without_a_cover_the_first_page_has_the_running_header()
    {
        var layout = BriefingPdf.Layout(With(Theme.Default, [SectionKind.Deals, SectionKind.Sources]), PdfOptions.Default, out _);
        var canvas = new RecordingCanvas();
        layout.DrawOn(canvas);

        Assert.Contains("Page 1 of", Reading.Page(canvas, 1), StringComparison.Ordinal);
        Assert.Equal(["Deals", "Sources"], layout.Outline.Where(o => o.Level == 1).Select(o => o.Title));
    }

    [Fact]
    public void Links_in_narrative_markdown_reach_the_page_as_external_links()
    {
        var layout = BriefingPdf.Layout(TestModels.Small(), PdfOptions.Default, out _);
        var canvas = new RecordingCanvas();
        layout.DrawOn(canvas);

        Assert.Contains(canvas.Commands.OfType<LinkAdded>(), l => l.Destination.Uri == "https://example.com/acme");
    }

    [Fact]
    public void Letter_paper_changes_the_page_size()
    {
        var layout = BriefingPdf.Layout(TestModels.Small(), new PdfOptions(PaperSize.Letter), out _);
        var canvas = new RecordingCanvas();
        layout.DrawOn(canvas);

        Assert.All(canvas.Commands.OfType<PageStarted>(), p => Assert.Equal((612, 792), (p.Width, p.Height)));
    }
}
