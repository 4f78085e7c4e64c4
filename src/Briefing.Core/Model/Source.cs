namespace Briefing.Core.Model;

/// <summary>An article or document the briefing draws on.</summary>
public sealed record Source(
    string Id,
    string Title,
    string? Publisher,
    IReadOnlyList<string> Authors,
    PartialDate Published,
    string? PublishedInferred,
    string? Url,
    string Language,
    SourceKind Kind,
    string? BasedOn,
    string? Notes)
{
    /// <summary>True when the publication date was inferred, not printed.</summary>
    public bool IsDateInferred => PublishedInferred is not null;
}
