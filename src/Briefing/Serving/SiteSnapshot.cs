using Briefing.Core.Diagnostics;

namespace Briefing.Serving;

/// <summary>
/// What the preview serves at one moment: the last good site's files, and the problems that failed
/// the latest build (errors, and warnings under --strict), or its warnings when it succeeded. A broken edit
/// changes only the problems, so the last good pages stay served while the overlay says what is wrong;
/// <see cref="Failed"/> tells the overlay which of the two it is showing.
/// </summary>
internal sealed record SiteSnapshot(int Version, IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>True when the latest build failed; its problems are then what failed it, not warnings of a good build.</summary>
    public bool Failed { get; init; }

    public static readonly SiteSnapshot Empty = new(0, new Dictionary<string, byte[]>(), []);
}
