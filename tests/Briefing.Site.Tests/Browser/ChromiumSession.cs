using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Briefing.Site.Tests.Support;

namespace Briefing.Site.Tests.Browser;

/// <summary>
/// One headless Chromium, driven over the DevTools protocol with nothing but a WebSocket: no
/// driver binary to keep in step with the browser. It records every console error, uncaught
/// exception and failed load, so a test can demand a clean page.
/// </summary>
internal sealed partial class ChromiumSession : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly TempDirectory _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly CancellationTokenSource _stop = new();
    private TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _receiving = Task.CompletedTask;
    private string? _sessionId;
    private int _nextId;

    private ChromiumSession(Process process, TempDirectory profile)
    {
        _process = process;
        _profile = profile;
    }

    public static async Task<ChromiumSession> StartAsync(string chromiumPath)
    {
        var profile = new TempDirectory("briefing-chromium-");
        var start = new ProcessStartInfo(chromiumPath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // No request may leave the machine: these flags stop Chromium's own background traffic.
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
            "--no-first-run", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
            $"--user-data-dir={profile.Path}", "--remote-debugging-port=0", "about:blank",
        })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var session = new ChromiumSession(process, profile);
        try
        {
            await session.ConnectAsync();
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Console errors, exceptions and failed loads since the last call.</summary>
    public IReadOnlyList<string> TakeErrors()
    {
        var errors = new List<string>();
        while (_errors.TryDequeue(out var error))
        {
            errors.Add(error);
        }

        return errors;
    }

    public async Task NavigateAsync(string url)
    {
        _loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var result = await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        if (result.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } text)
        {
            throw new InvalidOperationException($"Navigation to {url} failed: {text}");
        }

        await _loaded.Task.WaitAsync(CommandTimeout);
    }

    /// <summary>Evaluates JavaScript in the page and returns its value (awaiting a promise).</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["awaitPromise"] = true,
            ["returnByValue"] = true,
        });
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException("Script failed: " + exception);
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    public Task SetViewportAsync(int width, int height) =>
        SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject
        {
            ["width"] = width,
            ["height"] = height,
            ["deviceScaleFactor"] = 1,
            ["mobile"] = false,
        });

    /// <summary>Emulates a media type ("print", "screen"); "" ends the emulation. Resets an emulated colour scheme.</summary>
    public Task SetMediaAsync(string media) =>
        SendAsync("Emulation.setEmulatedMedia", new JsonObject { ["media"] = media });

    public Task SetColorSchemeAsync(string scheme) =>
        SendAsync("Emulation.setEmulatedMedia", new JsonObject
        {
            ["features"] = new JsonArray(new JsonObject { ["name"] = "prefers-color-scheme", ["value"] = scheme }),
        });

    /// <summary>A PNG of the whole page at the current viewport width.</summary>
    public async Task<byte[]> ScreenshotAsync()
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = await FullPageClipAsync(),
        });
        return Convert.FromBase64String(result.GetProperty("data").GetString()!);
    }

    /// <summary>The page printed to PDF as Chromium's print dialog would, on US Letter without header or footer.</summary>
    public async Task<byte[]> PrintToPdfAsync()
    {
        var result = await SendAsync("Page.printToPDF", new JsonObject
        {
            ["paperWidth"] = 8.5,
            ["paperHeight"] = 11,
            ["displayHeaderFooter"] = false,
            ["printBackground"] = false,
        });
        return Convert.FromBase64String(result.GetProperty("data").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await SendAsync("Browser.close", null, toPage: false).WaitAsync(TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or WebSocketException or OperationCanceledException)
        {
            // Closing politely failed; the process is killed below.
        }

        if (!_process.WaitForExit(5000))
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        _socket.Dispose();
        _stop.Dispose();
        _profile.Dispose();
    }

    private async Task<JsonObject> FullPageClipAsync()
    {
        var metrics = await SendAsync("Page.getLayoutMetrics", null);
        var size = metrics.GetProperty("cssContentSize");
        return new JsonObject
        {
            ["x"] = 0,
            ["y"] = 0,
            ["width"] = size.GetProperty("width").GetDouble(),
            ["height"] = Math.Min(size.GetProperty("height").GetDouble(), 12_000),
            ["scale"] = 1,
        };
    }
}
