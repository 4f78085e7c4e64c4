using Briefing.Core.Diagnostics;
using Briefing.Core.Output;
using Briefing.Pipeline;

namespace Briefing.Serving;

/// <summary>
/// One `serve` run: builds, publishes to the preview server, writes the output, and rebuilds
/// on every settled change. The site is published as soon as it is rendered, so open pages
/// reload without waiting for the PDF; the PDF follows, then everything is written to disk.
/// Rebuilds never overlap; a change during a rebuild queues one more. The report callback is
/// told whether there is a good site to fall back on.
/// </summary>
internal sealed class PreviewSession(
    BriefingBuild siteBuild, OutputWriter writer, PreviewServer server, bool strict, Action<BuildResult, bool> report, Action<Exception> fail)
{
    private readonly Lock _gate = new();
    private int _version;
    private bool _stopped;
    private SiteSnapshot _current = SiteSnapshot.Empty;

    /// <summary>
    /// Waits for a rebuild under way to finish and refuses later ones: a watcher's timer may
    /// still fire after serve has stopped, and must not write to a closed terminal or folder.
    /// </summary>
    public void Stop()
    {
        lock (_gate)
        {
            _stopped = true;
        }
    }

    /// <summary>Rebuilds; runs on a timer thread, so a failure is reported, never thrown.</summary>
    public void Rebuild()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            try
            {
                RebuildLocked();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                fail(e);
            }
        }
    }

    private void RebuildLocked()
    {
        var result = siteBuild.Run(strict);
        if (result is not { Files: { } files, Model: { } model })
        {
            report(result, _current.Version > 0);
            // Keep serving the last good pages (or, before any, the page that lists the problems); only the problems change.
            _current = _current with { Problems = [.. result.Diagnostics.Where(d => DiagnosticCounts.Fails(d, strict))], Failed = true };
            server.Publish(_current);
            return;
        }

        var site = files.ToDictionary(f => OutputLayout.SitePath(f.Path), f => f.Content, StringComparer.Ordinal);
        var previousPdf = _current.Files.Where(f => OutputLayout.IsPdf(f.Key));
        foreach (var (path, content) in previousPdf.Where(p => !site.ContainsKey(p.Key)))
        {
            site[path] = content; // the last PDF stays downloadable until the new one is ready
        }

        _current = new SiteSnapshot(++_version, site, []);
        server.Publish(_current);

        var diagnostics = result.Diagnostics.ToList();
        var (pdf, stage) = siteBuild.RenderPdf(model, diagnostics);
        report(result with { Diagnostics = diagnostics, Stages = [.. result.Stages, stage] }, true);

        site = new Dictionary<string, byte[]>(site.Where(p => !OutputLayout.IsPdf(p.Key)), StringComparer.Ordinal)
        {
            [pdf.Path] = pdf.Content,
        };
        // Information notes (e.g. that citations were not checked against an archive) are not problems to show.
        _current = _current with { Files = site, Problems = [.. diagnostics.Where(d => d.Severity != Severity.Info)] };
        server.Publish(_current);
        writer.Write([.. files, pdf, OutputLayout.InSite(pdf)]);
    }
}
