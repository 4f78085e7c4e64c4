using Briefing.Core.Model;

namespace Briefing.Pdf.Composition;

/// <summary>
/// The anchor ids links and page references use. One place, so a link and its target cannot drift apart.
/// They also become PDF named destinations (briefing.pdf#deal-…).
/// </summary>
internal static class Anchors
{
    public static string Section(SectionKind kind) => "section-" + kind.ToString().ToLowerInvariant();

    public static string Deal(string id) => "deal-" + id;

    public static string Company(string id) => "company-" + id;

    public static string Source(int number) => $"source-{number}";

    /// <summary>Every citation marker of source <paramref name="number"/> starts with this, for "cited on pages".</summary>
    public static string CitationPrefix(int number) => $"cite-{number}-";

    public static string Citation(int number, int occurrence) => $"{CitationPrefix(number)}{occurrence}";

    public static string Chart(string id) => "chart-" + id;

    public static string Year(int year) => $"timeline-{year}";

    public static string Subsection(SectionKind kind, string name) => $"{Section(kind)}-{name}";
}
