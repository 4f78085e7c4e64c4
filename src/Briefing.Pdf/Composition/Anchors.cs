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

    /// <summary>A fact, where it is printed in full (its row in "All figures" for a figure); every fact has one.</summary>
    public static string Fact(string id) => "fact-" + id;

    /// <summary>A timeline event's entry.</summary>
    public static string Event(string id) => "event-" + id;

    /// <summary>Step <paramref name="number"/> (from 1) of a deal's status history.</summary>
    public static string StatusStep(string dealId, int number) => $"{Deal(dealId)}-status-{number}";

    public static string Source(int number) => $"source-{number}";

    /// <summary>Every citation marker of source <paramref name="number"/> starts with this, for "cited on pages".</summary>
    public static string CitationPrefix(int number) => $"cite-{number}-";

    public static string Citation(int number, int occurrence) => $"{CitationPrefix(number)}{occurrence}";

    public static string Chart(string id) => "chart-" + id;

    public static string Year(int year) => $"timeline-{year}";

    public static string Subsection(SectionKind kind, string name) => $"{Section(kind)}-{name}";
}
