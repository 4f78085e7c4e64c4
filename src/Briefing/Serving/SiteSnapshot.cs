using Briefing.Core.Diagnostics;

namespace Briefing.Serving;

/// <summary>
/// What the preview serves at one moment: the last good site's files, and the problems that failed
/// the latest build (errors, and warnings under --strict; empty when it succeeded). A broken edit
/// changes only the problems, so the last good pages stay served while the overlay says what is wrong.
/// </summary>
internal sealed record SiteSnapshot(int Version, IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<Diagnostic> Problems)
{
    public static readonly SiteSnapshot Empty = new(0, new Dictionary<string, byte[]>(), []);
}
