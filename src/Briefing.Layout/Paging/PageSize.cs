namespace Briefing.Layout.Paging;

/// <summary>A page size in points (1/72 inch).</summary>
public readonly record struct PageSize(double Width, double Height)
{
    /// <summary>ISO A4, 210 × 297 mm.</summary>
    public static PageSize A4 { get; } = new(595.28, 841.89);

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    public static PageSize Letter { get; } = new(612, 792);

    public PageSize Landscape() => new(Math.Max(Width, Height), Math.Min(Width, Height));
}
