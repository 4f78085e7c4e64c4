namespace Briefing.Pdf;

/// <summary>A rendered briefing: the PDF bytes and what went wrong on the way, if anything.</summary>
/// <param name="Bytes">The PDF file; identical content gives identical bytes.</param>
/// <param name="Warnings">What went wrong, for people (a missing font, characters no font can draw), each once.</param>
public sealed record PdfResult(byte[] Bytes, IReadOnlyList<PdfWarning> Warnings);

/// <summary>One problem the PDF was set around.</summary>
/// <param name="Message">One line for people.</param>
/// <param name="MissingFontFamily">The theme's font family that is not installed, when that is the problem, so a caller can point at where the theme names it.</param>
public sealed record PdfWarning(string Message, string? MissingFontFamily = null)
{
    public override string ToString() => Message;
}
