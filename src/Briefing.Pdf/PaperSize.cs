namespace Briefing.Pdf;

/// <summary>The paper a briefing is laid out for.</summary>
public enum PaperSize
{
    /// <summary>ISO A4, 210 × 297 mm: the default for clients outside North America.</summary>
    A4,

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    Letter,
}
