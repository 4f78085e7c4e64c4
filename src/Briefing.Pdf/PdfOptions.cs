namespace Briefing.Pdf;

/// <summary>How to render the PDF briefing.</summary>
/// <param name="PaperSize">A4 unless the reader asks for US Letter.</param>
public sealed record PdfOptions(PaperSize PaperSize = PaperSize.A4)
{
    /// <summary>A4, the default.</summary>
    public static PdfOptions Default { get; } = new();
}
