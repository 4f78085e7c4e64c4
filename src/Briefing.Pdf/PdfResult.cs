namespace Briefing.Pdf;

/// <summary>A rendered briefing: the PDF bytes and what went wrong on the way, if anything.</summary>
/// <param name="Bytes">The PDF file; identical content gives identical bytes.</param>
/// <param name="Warnings">One-line messages for people (a missing font, characters no font can draw), each once.</param>
public sealed record PdfResult(byte[] Bytes, IReadOnlyList<string> Warnings);
