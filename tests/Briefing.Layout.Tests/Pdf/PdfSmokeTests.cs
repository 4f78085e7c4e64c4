using Briefing.Layout.PdfSharp;
using Briefing.Layout.Tests.Support;
using PdfSharp.Pdf.IO;

namespace Briefing.Layout.Tests.Pdf;

/// <summary>Renders a real PDF and reads it back with independent tools.</summary>
public sealed class PdfSmokeTests : IDisposable
{
    private static readonly PdfSharpWriter Writer = new();

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"briefing-layout-smoke-{Guid.NewGuid():N}.pdf");

    public void Dispose() => File.Delete(_file);

    [ToolFact("qpdf")]
    public void The_pdf_passes_qpdf_check_without_warnings()
    {
        File.WriteAllBytes(_file, Writer.Write(SampleDocument.Create(), out _));

        var (exit, output) = ExternalTools.Run("qpdf", "--check", _file);

        Assert.True(exit == 0, output);
        Assert.DoesNotContain("WARNING", output, StringComparison.Ordinal);
    }

    [ToolFact("pdftotext")]
    public void The_text_reads_back_in_order_with_resolved_page_numbers()
    {
        File.WriteAllBytes(_file, Writer.Write(SampleDocument.Create(), out var warnings));

        var (exit, text) = ExternalTools.Run("pdftotext", "-layout", _file, "-");

        Assert.Equal(0, exit);
        Assert.Empty(warnings);
        Assert.Contains("Contents: see Details on page 2, and the web.", text, StringComparison.Ordinal);
        Assert.Contains("Page 2 of", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("dw1 ", StringComparison.Ordinal) < text.IndexOf("Row 60", StringComparison.Ordinal));
        Assert.Contains("Left column", text, StringComparison.Ordinal);
    }

    [ToolFact("pdffonts")]
    public void Fonts_are_embedded_as_subsets()
    {
        File.WriteAllBytes(_file, Writer.Write(SampleDocument.Create(), out _));

        var (exit, output) = ExternalTools.Run("pdffonts", _file);

        Assert.Equal(0, exit);
        var rows = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.Matches(@"^[A-Z]{6}\+DejaVu", row);
            Assert.Matches(@"\byes\s+yes\s+yes\b", row);
        });
    }

    [Fact]
    public void Outline_links_and_metadata_are_in_the_file()
    {
        var bytes = Writer.Write(SampleDocument.Create(), out _);

        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);

        Assert.Equal("Sample report", pdf.Info.Title);
        Assert.Equal("Layout tests", pdf.Info.Author);
        // PDFsharp writes the Producer itself; its AGPL releases name the licence there. We ship 6.2.4 (MIT).
        Assert.Equal("PDFsharp 6.2.4", pdf.Info.Producer);
        Assert.Equal(["Sample report", "Details"], pdf.Outlines.Select(o => o.Title));
        Assert.Equal(["Chart"], pdf.Outlines[1].Outlines.Select(o => o.Title));
        var annotations = pdf.Pages[0].Elements.GetArray("/Annots");
        Assert.NotNull(annotations);
        Assert.Equal(3, annotations.Elements.Count); // "Details", its page number, and the web link
    }
}
