using Briefing.Core.Output;
using Briefing.Pipeline;

namespace Briefing.Serving;

/// <summary>
/// One `serve` run: builds, publishes to the preview server, writes the output, and rebuilds
/// on every settled change. Rebuilds never overlap; a change during a rebuild queues one more.
/// </summary>
internal sealed class PreviewSession(BriefingBuild build, OutputWriter writer, PreviewServer server, Action<BuildResult> report)
{
    private readonly Lock _gate = new();
    private int _version;
    private SiteSnapshot _current = SiteSnapshot.Empty;

    /// <summary>How many builds ran; tests wait on it.</summary>
    public int Builds { get; private set; }

    public void Rebuild()
    {
        lock (_gate)
        {
            var result = build.Run(strict: false);
            Builds++;
            report(result);
            if (result.Files is { } files)
            {
                writer.Write(files);
                var site = files.Where(f => f.Path.StartsWith("site/", StringComparison.Ordinal))
                    .ToDictionary(f => f.Path["site/".Length..], f => f.Content, StringComparer.Ordinal);
                _current = new SiteSnapshot(++_version, site, result.Diagnostics);
            }
            else
            {
                // Keep serving the last good pages; only the problems change.
                _current = _current with { Problems = result.Diagnostics };
            }

            server.Publish(_current);
        }
    }
}
