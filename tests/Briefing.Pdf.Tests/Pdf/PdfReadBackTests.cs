using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Core.Model;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Tests.Support;
using PdfSharp.Pdf.IO;

namespace Briefing.Pdf.Tests.Pdf;

/// <summary>The sample briefing, rendered to PDF and read back with independent tools.</summary>
public sealed partial class PdfReadBackTests
{
    private static RenderedBriefing Sample => RenderedBriefing.Sample;

    [ToolFact("pdftotext")]
    public void Every_deal_title_key_figure_and_source_title_is_in_the_text()
    {
        // -layout keeps each visual line whole: a key figure's small hedge and large number share one line.
        var (exit, output) = ExternalTools.Run("pdftotext", "-enc", "UTF-8", "-layout", Sample.A4File, "-");
        var text = Normalise.Collapse(output);

        Assert.Equal(0, exit);
        var model = Sample.Model;
        Assert.All(model.Deals, d => Assert.Contains(d.Title, text, StringComparison.Ordinal));
        Assert.All(model.Info.KeyFigures, id => Assert.Contains(FigureText.Format(model.Fact(id).Figure!), text, StringComparison.Ordinal));
        Assert.All(model.Sources, s => Assert.Contains(s.Title, text, StringComparison.Ordinal));
        Assert.All(model.Companies.Where(c => c.ChineseName is not null), c => Assert.Contains(c.ChineseName!, text, StringComparison.Ordinal));
    }

    [ToolFact("pdftotext")]
    public void Every_status_step_prints_its_date_as_the_content_gives_it_bounds_included()
    {
        var (_, output) = ExternalTools.Run("pdftotext", "-enc", "UTF-8", "-layout", Sample.A4File, "-");
        var text = Normalise.Collapse(output);

        var steps = Sample.Model.Deals.SelectMany(d => d.Status).ToList();
        Assert.All(steps, s => Assert.Contains(s.Date.ToDisplay(), text, StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Date.NoLaterThan);
    }

    [ToolFact("pdftotext")]
    public void The_contents_page_numbers_are_where_the_section_headings_are()
    {
        var sections = new SectionCatalog(Sample.Model.Info.Sections);
        var contentsPage = Sample.Layout.AnchorPages[Anchors.Section(SectionKind.Contents)];
        var contents = PageText(contentsPage);
        var pageCount = Sample.Layout.PageCount;

        foreach (var kind in sections.Numbered)
        {
            var number = sections.NumberOf(kind)!.Value;
            var title = SectionCatalog.Title(kind);
            var entry = Regex.Match(contents, $@"^\s*{number:00}\s+{Regex.Escape(title)}\s+(\d+)\s*$", RegexOptions.Multiline);
            Assert.True(entry.Success, $"no contents entry for {title}");
            var printed = int.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture);

            // The page where the section's opening ("SECTION n" over its title) actually is, found in the PDF.
            var found = Enumerable.Range(contentsPage + 1, pageCount - contentsPage)
                .First(p => Regex.IsMatch(PageText(p), $@"^\s*SECTION {number}\s*\n\s*{Regex.Escape(title)}\s*$", RegexOptions.Multiline));
            Assert.Equal(found, printed);
        }
    }

    [ToolFact("pdfinfo")]
    public void The_metadata_and_page_size_are_set_for_A4_and_Letter()
    {
        var (exit, a4) = ExternalTools.Run("pdfinfo", Sample.A4File);
        var (_, letter) = ExternalTools.Run("pdfinfo", Sample.LetterFile);

        Assert.Equal(0, exit);
        var info = Sample.Model.Info;
        Assert.Matches($@"Title:\s+{Regex.Escape(info.Title)}\n", a4);
        Assert.Matches($@"Author:\s+{Regex.Escape(string.Join("; ", info.Authors))}\n", a4);
        Assert.Matches($@"Subject:\s+{Regex.Escape(info.Subtitle!)}\n", a4);
        Assert.Matches($@"Keywords:\s+{Regex.Escape(string.Join(", ", Sample.Model.Companies.Select(c => c.Name)))}\n", a4);
        // The edition (March 2025) at its earliest, never the clock.
        Assert.Matches(@"CreationDate:\s+\w+ Mar  1 00:00:00 2025 UTC", a4);
        Assert.Matches(@"Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)", a4);
        Assert.Matches(@"Page size:\s+612 x 792 pts \(letter\)", letter);
    }

    [Fact]
    public void The_outline_read_back_has_an_entry_per_section_and_the_language_is_set()
    {
        using var pdf = PdfReader.Open(new MemoryStream(Sample.A4.Bytes), PdfDocumentOpenMode.Import);

        Assert.Equal(Sample.Model.Info.Sections.Select(SectionCatalog.Title), pdf.Outlines.Select(o => o.Title));
        var deals = pdf.Outlines.Single(o => o.Title == "Deals");
        Assert.Equal(Sample.Model.Deals.Select(d => d.Title), deals.Outlines.Select(o => o.Title));
        Assert.Equal("en", pdf.Internals.Catalog.Elements.GetString("/Lang"));
        Assert.Equal(Sample.Layout.PageCount, pdf.PageCount);
    }

    [ToolFact("pdffonts")]
    public void Every_font_is_embedded()
    {
        var (exit, output) = ExternalTools.Run("pdffonts", Sample.A4File);

        Assert.Equal(0, exit);
        var rows = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.Contains(rows, r => r.Contains("Lato", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("WenQuanYi", StringComparison.Ordinal) || r.Contains("ZenHei", StringComparison.Ordinal));
        Assert.All(rows, row => Assert.Matches(@"\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$", row));
    }

    [ToolFact("qpdf")]
    public void Qpdf_finds_nothing_wrong()
    {
        var (exit, output) = ExternalTools.Run("qpdf", "--check", Sample.A4File);

        Assert.True(exit == 0, output);
        Assert.DoesNotContain("WARNING", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_renders_are_byte_identical()
    {
        var again = BriefingPdf.Render(Sample.Model, PdfOptions.Default, Harness.Writer);

        Assert.Equal(Sample.A4.Bytes, again.Bytes);
    }

    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.Letter)]
    public async Task Renders_in_separate_processes_are_byte_identical(PaperSize paper)
    {
        // Each process has its own string hash seed; the time zones differ too, which must not matter.
        var renders = await Task.WhenAll(
            HelperProcess.RenderAsync(paper, new Dictionary<string, string> { ["TZ"] = "UTC" }),
            HelperProcess.RenderAsync(paper, new Dictionary<string, string> { ["TZ"] = "Pacific/Kiritimati" }));

        Assert.Equal(renders[0], renders[1]);
        Assert.Equal(paper == PaperSize.Letter ? Sample.Letter.Bytes : Sample.A4.Bytes, renders[0]);
    }

    [Fact]
    public void External_links_are_only_web_addresses()
    {
        // Strip the sample's own web addresses, then give two sources one each, a web page and a script,
        // and the summary links of three kinds, so the test sees links both kept and refused.
        var sample = Sample.Model;
        var sources = sample.Sources.Select((s, i) => s with
        {
            Url = i switch
            {
                0 => "https://example.com/report",
                1 => "javascript:alert(1)",
                _ => null,
            },
        });
        var info = sample.Info with
        {
            ExecutiveSummary = "See [the wire](http://example.org/wire), [a script](javascript:alert(2)) and [a file](file:///etc/passwd).",
        };
        var model = new BriefingModel(info, sources, sample.Companies, sample.Deals, sample.Facts, sample.Events, sample.Charts);

        var uris = Uris(BriefingPdf.Render(model, PdfOptions.Default, Harness.Writer).Bytes);

        Assert.Equal(["http://example.org/wire", "https://example.com/report"], uris.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(
            ["https://example.com/xiaomi-great-wall", "https://www.baicgroup.com.cn/", "https://www.gwm-global.com/"],
            Uris(Sample.A4.Bytes).Distinct().Order(StringComparer.Ordinal));
    }

    private static List<string> Uris(byte[] bytes)
    {
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        return [.. pdf.Pages.Cast<PdfSharp.Pdf.PdfPage>()
            .SelectMany(p => p.Elements.GetArray("/Annots")?.Elements.Select(e => (e as PdfSharp.Pdf.Advanced.PdfReference)?.Value as PdfSharp.Pdf.PdfDictionary) ?? [])
            .Select(a => a?.Elements.GetDictionary("/A")?.Elements.GetString("/URI"))
            .Where(u => !string.IsNullOrEmpty(u))
            .Select(u => u!)];
    }

    private static string PageText(int page)
    {
        var (exit, output) = ExternalTools.Run("pdftotext", "-enc", "UTF-8", "-layout", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), Sample.A4File, "-");
        Assert.Equal(0, exit);
        return output;
    }
}
