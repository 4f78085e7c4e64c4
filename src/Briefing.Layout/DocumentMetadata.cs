namespace Briefing.Layout;

/// <summary>
/// PDF document information. Dates default to a fixed instant so that the same input always gives the
/// same bytes; set them from the content (e.g. the report's date), not from the clock.
/// </summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    /// <summary>The document's language, e.g. "en-GB" (PDF /Lang).</summary>
    public string? Language { get; init; }

    /// <summary>The producing application's name (PDF /Creator).</summary>
    public string? Creator { get; init; }

    public DateTimeOffset Created { get; init; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Defaults to <see cref="Created"/>.</summary>
    public DateTimeOffset? Modified { get; init; }
}
