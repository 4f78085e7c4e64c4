using Briefing.Layout.Fonts;

namespace Briefing.Pdf;

/// <summary>How to render the PDF briefing.</summary>
/// <param name="PaperSize">A4 unless the reader asks for US Letter.</param>
public sealed record PdfOptions(PaperSize PaperSize = PaperSize.A4)
{
    /// <summary>A4, the default.</summary>
    public static PdfOptions Default { get; } = new();

    /// <summary>
    /// Font folders of the project (e.g. templates/fonts/), searched before the system's: a theme font that is
    /// not installed on this machine can travel with the project.
    /// </summary>
    public IReadOnlyList<string> FontFolders { get; init; } = [];

    /// <summary>
    /// The host's font library, kept between renders (a build's, a `serve` session's); null reads the fonts
    /// afresh for this render.
    /// </summary>
    public FontLibrary? Fonts { get; init; }
}
