using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Briefing.Site.Tests.Browser;

/// <summary>The DevTools wire: connect, send a command, route replies and events.</summary>
internal sealed partial class ChromiumSession
{
    private async Task ConnectAsync()
    {
        // Chromium writes its port and browser endpoint here once it listens.
        var portFile = Path.Combine(_profile.Path, "DevToolsActivePort");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string[] lines = [];
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Chromium exited with code {_process.ExitCode} before listening.");
            }

            if (File.Exists(portFile) && (lines = (await File.ReadAllLinesAsync(portFile)).Where(l => l.Length > 0).ToArray()).Length >= 2)
            {
                break;
            }

            await Task.Delay(100);
        }

        if (lines.Length < 2)
        {
            throw new TimeoutException("Chromium did not open its DevTools port within 30 s.");
        }

        using (var connecting = new CancellationTokenSource(CommandTimeout))
        {
            await _socket.ConnectAsync(new Uri($"ws://127.0.0.1:{lines[0]}{lines[1]}"), connecting.Token);
        }

        _receiving = Task.Run(ReceiveLoopAsync);

        var target = await SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, toPage: false);
        var attached = await SendAsync("Target.attachToTarget", new JsonObject
        {
            ["targetId"] = target.GetProperty("targetId").GetString(),
            ["flatten"] = true,
        }, toPage: false);
        _sessionId = attached.GetProperty("sessionId").GetString();
        await SendAsync("Page.enable", null);
        await SendAsync("Runtime.enable", null);
        await SendAsync("Log.enable", null);
    }

    private async Task<JsonElement> SendAsync(string method, JsonObject? parameters, bool toPage = true)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (toPage)
        {
            message["sessionId"] = _sessionId ?? throw new InvalidOperationException("No page attached.");
        }

        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, _stop.Token);
        return await reply.Task.WaitAsync(CommandTimeout);
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var part = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (part.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage)
                {
                    continue;
                }

                using var json = JsonDocument.Parse(message.ToArray());
                message.SetLength(0);
                Dispatch(json.RootElement);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The session is closing.
        }
        finally
        {
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(new InvalidOperationException("Chromium connection closed."));
            }
        }
    }

    private void Dispatch(JsonElement root)
    {
        if (root.TryGetProperty("id", out var id) && _pending.TryRemove(id.GetInt32(), out var reply))
        {
            if (root.TryGetProperty("error", out var error))
            {
                reply.TrySetException(new InvalidOperationException("DevTools error: " + error));
            }
            else
            {
                reply.TrySetResult(root.GetProperty("result").Clone());
            }

            return;
        }

        if (!root.TryGetProperty("method", out var method) || !root.TryGetProperty("params", out var parameters))
        {
            return;
        }

        switch (method.GetString())
        {
            case "Page.loadEventFired":
                _loaded.TrySetResult();
                break;
            case "Runtime.consoleAPICalled" when parameters.GetProperty("type").GetString() is "error" or "assert":
                _errors.Enqueue("console." + parameters.GetProperty("type").GetString() + ": "
                    + string.Join(" ", parameters.GetProperty("args").EnumerateArray().Select(Describe)));
                break;
            case "Runtime.exceptionThrown":
                var details = parameters.GetProperty("exceptionDetails");
                _errors.Enqueue("exception: " + (details.TryGetProperty("exception", out var ex) ? Describe(ex) : details.GetProperty("text").GetString()));
                break;
            case "Log.entryAdded" when parameters.GetProperty("entry").GetProperty("level").GetString() == "error":
                var entry = parameters.GetProperty("entry");
                _errors.Enqueue($"log: {entry.GetProperty("text").GetString()} {(entry.TryGetProperty("url", out var url) ? url.GetString() : "")}".Trim());
                break;
        }
    }

    private static string Describe(JsonElement remoteObject) =>
        remoteObject.TryGetProperty("value", out var value) ? value.ToString()
        : remoteObject.TryGetProperty("description", out var description) ? description.GetString() ?? ""
        : remoteObject.ToString();
}
