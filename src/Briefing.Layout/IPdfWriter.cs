namespace Briefing.Layout;

/// <summary>
/// Writes a laid-out document as PDF bytes: the seam between the engine, which needs no package, and a
/// backend (Briefing.Layout.PdfSharp). Only a host's composition root picks the backend.
/// </summary>
public interface IPdfWriter
{
    /// <summary>The file's bytes; identical layouts give identical bytes.</summary>
    byte[] Write(LaidOutDocument layout);
}
