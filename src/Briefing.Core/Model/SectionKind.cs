namespace Briefing.Core.Model;

/// <summary>The sections a PDF briefing can have.</summary>
public enum SectionKind
{
    Cover,
    Contents,
    ExecutiveSummary,
    KeyFigures,
    Deals,
    Timeline,
    Companies,
    RisksAndOutlook,
    Sources,
    Method,
}
