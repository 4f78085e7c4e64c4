namespace Briefing.Layout;

/// <summary>The codes of <see cref="LayoutWarning"/>s.</summary>
public static class WarningCodes
{
    /// <summary>A requested font family is not installed; the fallback family is used.</summary>
    public const string FontFamilyMissing = "LAY001";

    /// <summary>No available font has a glyph for some characters.</summary>
    public const string GlyphsMissing = "LAY002";

    /// <summary>A link or page reference names an anchor no block carries.</summary>
    public const string UnknownAnchor = "LAY003";

    /// <summary>Page numbers kept changing between layout passes.</summary>
    public const string PageNumbersUnstable = "LAY004";

    /// <summary>A block is taller than a page and was cut.</summary>
    public const string ContentTooTall = "LAY005";

    /// <summary>A running header or footer is taller than the space reserved for it.</summary>
    public const string HeaderFooterTooTall = "LAY006";

    /// <summary>Two blocks carry the same anchor id.</summary>
    public const string DuplicateAnchor = "LAY007";

    /// <summary>An image could not be decoded.</summary>
    public const string BadImage = "LAY008";
}
