using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Briefing.Serving;

/// <summary>
/// Serves the current <see cref="SiteSnapshot"/> on 127.0.0.1 only, with a live-reload event
/// stream. Kestrel comes with the ASP.NET Core shared framework; no package is needed.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _listenersLock = new();
    private readonly List<Channel<string>> _listeners = [];
    private SiteSnapshot _snapshot = SiteSnapshot.Empty;

    private readonly Func<string, string> _displayPath;

    private PreviewServer(WebApplication app, Func<string, string> displayPath)
    {
        _app = app;
        _displayPath = displayPath;
    }

    /// <summary>The address the server listens on, e.g. http://127.0.0.1:5123/.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts listening on loopback; port 0 picks a free port.</summary>
    /// <param name="port">The port, or 0 for a free one.</param>
    /// <param name="projectFolder">Paths in the problems the browser is shown are given relative to it, never absolute.</param>
    /// <param name="token">Stops the start.</param>
    public static async Task<PreviewServer> StartAsync(int port, string projectFolder, CancellationToken token)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new PreviewServer(app, file => PreviewSecurity.DisplayPath(projectFolder, file));
        app.Run(server.HandleAsync);
        await app.StartAsync(token);
        var address = app.Services.GetService(typeof(Microsoft.AspNetCore.Hosting.Server.IServer)) is Microsoft.AspNetCore.Hosting.Server.IServer s
            ? s.Features.Get<IServerAddressesFeature>()?.Addresses.First()
            : null;
        server.Address = new Uri((address ?? $"http://127.0.0.1:{port}").Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    /// <summary>Publishes a new snapshot and tells every open page.</summary>
    public void Publish(SiteSnapshot snapshot)
    {
        _snapshot = snapshot;
        var message = LiveReload.StatusJson(snapshot, _displayPath);
        lock (_listenersLock)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(message);
            }
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        PreviewSecurity.AddHeaders(context.Response);
        if (!PreviewSecurity.IsOwnHost(request.Host, Address.Port))
        {
            // A page elsewhere that rebinds its own name to 127.0.0.1 must not read the unpublished preview.
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync($"Briefing's preview answers only to 127.0.0.1:{Address.Port}, localhost:{Address.Port} or [::1]:{Address.Port}\n");
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        // The raw target, before Kestrel's own normalisation, so refusals are ours to test.
        var raw = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        var pathOnly = raw.Split('?', 2)[0];
        switch (pathOnly)
        {
            case LiveReload.ScriptPath:
                await Send(context, "text/javascript; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(LiveReload.Script));
                return;
            case LiveReload.StylePath:
                await Send(context, "text/css; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(LiveReload.Style));
                return;
            case LiveReload.StatusPath:
                await Send(context, "application/json; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(LiveReload.StatusJson(_snapshot, _displayPath)));
                return;
            case LiveReload.EventsPath:
                await StreamEventsAsync(context);
                return;
        }

        var path = RequestPath.Resolve(pathOnly);
        if (path is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var files = _snapshot.Files;
        if (files.TryGetValue(path, out var body) || files.TryGetValue(path + ".html", out body))
        {
            var type = RequestPath.ContentType(files.ContainsKey(path) ? path : path + ".html");
            await Send(context, type, type.StartsWith("text/html", StringComparison.Ordinal) ? LiveReload.Inject(body) : body);
            return;
        }

        if (_snapshot.Version == 0 && IsPage(path))
        {
            // No build has succeeded yet: a page that shows why, and reloads on the first good build.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await Send(context, "text/html; charset=utf-8", LiveReload.NoSitePage(_snapshot, _displayPath), keepStatus: true);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        if (files.TryGetValue("404.html", out var notFound))
        {
            await Send(context, "text/html; charset=utf-8", LiveReload.Inject(notFound), keepStatus: true);
        }
    }

    private static bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal) || !Path.HasExtension(path);

    private static async Task Send(HttpContext context, string type, byte[] body, bool keepStatus = false)
    {
        if (!keepStatus)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
        }

        context.Response.ContentType = type;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>();
        lock (_listenersLock)
        {
            _listeners.Add(channel);
        }

        try
        {
            channel.Writer.TryWrite(LiveReload.StatusJson(_snapshot, _displayPath));
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"event: build\ndata: {message}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping.
        }
        finally
        {
            lock (_listenersLock)
            {
                _listeners.Remove(channel);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_listenersLock)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryComplete();
            }
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
