using Briefing.Testing.Fixtures;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Browser;

/// <summary>
/// One Chromium and the sample and hostile sites on disk, shared by every browser test through
/// <see cref="BrowserSuite"/>, so the run starts the browser once. Started on first use: skipped
/// tests never launch it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ChromiumSession? _session;
    private TempDirectory? _sites;

    internal string SampleRoot => Path.Combine(Sites.Path, "sample");

    internal string HostileRoot => Path.Combine(Sites.Path, "hostile");

    /// <summary>The curated content's site, when content/ exists.</summary>
    internal string RealRoot => Path.Combine(Sites.Path, "real");

    /// <summary>Where screenshots go; kept after the run for people to look at.</summary>
    internal static string ScreenshotDirectory =>
        Environment.GetEnvironmentVariable("SITE_SCREENSHOTS") is { Length: > 0 } dir
            ? dir
            : Path.Combine(AppContext.BaseDirectory, "site-screenshots");

    private TempDirectory Sites => _sites ?? throw new InvalidOperationException("Call SessionAsync first.");

    internal async Task<ChromiumSession> SessionAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_session is null)
            {
                _sites = new TempDirectory("briefing-site-");
                SampleSite.Rendered.WriteTo(SampleRoot);
                RenderedSite.Of(HostileBriefing.Create()).WriteTo(HostileRoot);
                if (CuratedSite.Exists)
                {
                    CuratedSite.Rendered.WriteTo(RealRoot);
                }
                _session = await ChromiumSession.StartAsync(ExternalTools.Require(ExternalTools.ChromiumTool));
            }

            return _session;
        }
        finally
        {
            _gate.Release();
        }
    }

    internal static string FileUrl(string root, string page) => new Uri(Path.Combine(root, page)).AbsoluteUri;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
            _session = null;
        }
    }

    /// <summary>xunit calls this after <see cref="DisposeAsync"/>: the browser is gone, the files can go.</summary>
    public void Dispose()
    {
        _sites?.Dispose();
        _gate.Dispose();
    }
}
