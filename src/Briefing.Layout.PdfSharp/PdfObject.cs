namespace Briefing.Layout.PdfSharp;

/// <summary>One indirect object of a PDF file: its dictionary (or other value) text and, for streams, the raw data.</summary>
/// <remarks>Text is Latin-1, one char per byte, so binary data survives the round trip through strings.</remarks>
internal sealed record PdfObject(int Number, int Generation, string Value, string? StreamData);
