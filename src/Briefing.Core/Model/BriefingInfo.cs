namespace Briefing.Core.Model;

/// <summary>The briefing's own data: title, edition, narrative and design.</summary>
public sealed record BriefingInfo(
    string Title,
    string? Subtitle,
    PartialDate Edition,
    string Publisher,
    IReadOnlyList<string> Authors,
    string Language,
    string ExecutiveSummary,
    IReadOnlyList<Point> Takeaways,
    IReadOnlyList<string> KeyFigures,
    IReadOnlyList<Point> Risks,
    IReadOnlyList<Point> Outlook,
    string? Method,
    Theme Theme,
    IReadOnlyList<SectionKind> Sections);

/// <summary>A takeaway, risk or outlook point and the facts (ids) it rests on.</summary>
public sealed record Point(string Text, IReadOnlyList<string> Facts);

/// <summary>Brand colours and font families; defaults apply where briefing.yaml is silent.</summary>
public sealed record Theme(string BrandColor, string AccentColor, string BodyFont, string HeadingFont)
{
    public static readonly Theme Default = new("#1f4e79", "#c8102e", "Lato", "Lato");
}
