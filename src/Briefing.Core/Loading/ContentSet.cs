using Briefing.Core.Loading.Documents;

namespace Briefing.Core.Loading;

/// <summary>
/// Every document read from a content folder, as written, with positions. Validation runs
/// on this; the model is built from it only when validation finds no errors.
/// </summary>
public sealed record ContentSet(
    BriefingDocument? Briefing,
    IReadOnlyList<SourceDocument> Sources,
    IReadOnlyList<CompanyDocument> Companies,
    IReadOnlyList<DealDocument> Deals,
    IReadOnlyList<FactDocument> Facts,
    IReadOnlyList<EventDocument> Events,
    IReadOnlyList<ChartDocument> Charts)
{
    /// <summary>
    /// Ids (by file name) of entity files that could not be read. Their errors are already
    /// reported; references to them are not reported again as unknown ids.
    /// </summary>
    public IReadOnlySet<string> UnreadableIds { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The folder the content was read from; relative paths in briefing.yaml start here.</summary>
    public string? Directory { get; init; }

    /// <summary>The archive of stored copies to verify against, when given on the command line (--archive); else briefing.yaml's.</summary>
    public string? ArchiveOverride { get; init; }
}
