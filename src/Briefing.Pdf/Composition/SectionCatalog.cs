using Briefing.Core.Model;

namespace Briefing.Pdf.Composition;

/// <summary>
/// The sections in the order briefing.yaml gives, their titles, and their numbers: the cover and the
/// contents are not numbered, the rest count from 1 so the contents and the section openings agree.
/// </summary>
internal sealed class SectionCatalog
{
    private readonly IReadOnlyList<SectionKind> _order;

    public SectionCatalog(IReadOnlyList<SectionKind> order)
    {
        // A section listed twice would give two headings one anchor; the first mention wins.
        _order = [.. order.Distinct()];
    }

    public IReadOnlyList<SectionKind> Order => _order;

    /// <summary>The numbered sections, which the contents lists.</summary>
    public IReadOnlyList<SectionKind> Numbered => [.. _order.Where(IsNumbered)];

    public bool Contains(SectionKind kind) => _order.Contains(kind);

    public int? NumberOf(SectionKind kind)
    {
        var index = Numbered.ToList().IndexOf(kind);
        return index < 0 ? null : index + 1;
    }

    public static bool IsNumbered(SectionKind kind) => kind is not (SectionKind.Cover or SectionKind.Contents);

    public static string Title(SectionKind kind) => kind switch
    {
        SectionKind.Cover => "Cover",
        SectionKind.Contents => "Contents",
        SectionKind.ExecutiveSummary => "Executive summary",
        SectionKind.KeyFigures => "Key figures",
        SectionKind.Deals => "Deals",
        SectionKind.Timeline => "Timeline",
        SectionKind.Companies => "Companies",
        SectionKind.RisksAndOutlook => "Risks and outlook",
        SectionKind.Sources => "Sources",
        SectionKind.Method => "Method",
        _ => kind.ToString(),
    };
}
