using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Briefing.Commands;

namespace Briefing.Tests;

/// <summary>`serve` end to end, in-process: start, serve, pick up a change, show a broken edit, refuse escapes.</summary>
#pragma warning disable CA1001 // xunit disposes fixtures through IAsyncLifetime.DisposeAsync, which releases these.
public sealed class ServeCommandTests : IAsyncLifetime
{
    private readonly string _root = Repository.CopyFixture(Repository.MiniBriefing);
    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _output = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private Task<int>? _serve;
    private Uri _address = new("http://127.0.0.1/");

    private string Content => Path.Combine(_root, "content");

    public async Task InitializeAsync()
    {
        var settings = new RunSettings(Content, Repository.TemplatesDirectory, Path.Combine(_root, "output"), false, Verbosity.Normal);
        var output = TextWriter.Synchronized(_output);
        _serve = Task.Run(() => ServeCommand.RunAsync(settings, 0, output, _stop.Token));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var line = _output.ToString().Split('\n').FirstOrDefault(l => l.StartsWith("serve: http", StringComparison.Ordinal));
            if (line is not null)
            {
                _address = new Uri(line["serve: ".Length..].Split(' ')[0]);
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("serve did not start: " + _output);
    }

    private async Task<(int Version, string[] Problems)> Status()
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync(new Uri(_address, "__briefing/status")));
        var root = document.RootElement;
        return (root.GetProperty("version").GetInt32(), [.. root.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!)]);
    }

    private async Task<(int Version, string[] Problems)> WaitFor(Func<(int Version, string[] Problems), bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var status = await Status();
            if (condition(status))
            {
                return status;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the preview did not rebuild: " + _output);
    }

    [Fact]
    public async Task Serves_the_home_page_on_loopback_with_the_live_reload_script()
    {
        var home = await _http.GetStringAsync(_address);

        Assert.Equal("127.0.0.1", _address.Host);
        Assert.Contains("<script src=\"/__briefing/live.js\" defer></script></body>", home, StringComparison.Ordinal);
        Assert.Equal(1, (await Status()).Version);
    }

    [Fact]
    public async Task A_change_is_rebuilt_and_a_broken_file_shows_problems_while_the_last_good_pages_stay()
    {
        var briefing = Path.Combine(Content, "briefing.yaml");
        var original = await File.ReadAllTextAsync(briefing);
        var title = original.Split('\n').First(l => l.StartsWith("title:", StringComparison.Ordinal));
        await File.WriteAllTextAsync(briefing, original.Replace(title, "title: Live edit works", StringComparison.Ordinal));

        await WaitFor(s => s.Version >= 2);
        Assert.Contains("Live edit works", await _http.GetStringAsync(_address), StringComparison.Ordinal);

        // A broken build publishes nothing, so open pages are not told to reload.
        var lastGood = (await Status()).Version;
        await File.WriteAllTextAsync(briefing, original.Replace(title, "titel: typo", StringComparison.Ordinal));
        var broken = await WaitFor(s => s.Problems.Length > 0);

        Assert.Equal(lastGood, broken.Version);
        Assert.Contains(broken.Problems, p => p.Contains("briefing.yaml:", StringComparison.Ordinal) && p.Contains("BRF012", StringComparison.Ordinal));
        Assert.Contains("Live edit works", await _http.GetStringAsync(_address), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_with_only_warnings_is_shown_as_built_with_warnings_not_as_failed()
    {
        var briefing = Path.Combine(Content, "briefing.yaml");
        var original = await File.ReadAllTextAsync(briefing);
        var title = original.Split('\n').First(l => l.StartsWith("title:", StringComparison.Ordinal));
        await File.WriteAllTextAsync(briefing, original.Replace(title, "title: \"TODO: a title\"", StringComparison.Ordinal));

        var warned = await WaitFor(s => s.Version >= 2 && s.Problems.Length > 0);
        var warnedFailed = await Failed();
        await File.WriteAllTextAsync(briefing, original.Replace(title, "titel: typo", StringComparison.Ordinal));
        await WaitFor(s => s.Problems.Any(p => p.Contains("BRF012", StringComparison.Ordinal)));
        var brokenFailed = await Failed();
        var script = await _http.GetStringAsync(new Uri(_address, "__briefing/live.js"));

        Assert.Contains(warned.Problems, p => p.Contains("BRF042", StringComparison.Ordinal));
        Assert.False(warnedFailed);
        Assert.True(brokenFailed);
        Assert.Contains("Built with warnings", script, StringComparison.Ordinal);
    }

    private async Task<bool> Failed()
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync(new Uri(_address, "__briefing/status")));
        return document.RootElement.GetProperty("failed").GetBoolean();
    }

    [Fact]
    public async Task Open_pages_are_told_to_reload_on_the_event_stream_after_a_change()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_address, "__briefing/events"));
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var first = await NextBuildEvent(reader);

        var briefing = Path.Combine(Content, "briefing.yaml");
        await File.AppendAllTextAsync(briefing, "\n# touched\n");
        var next = await NextBuildEvent(reader);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, first.GetProperty("version").GetInt32());
        Assert.Equal(2, next.GetProperty("version").GetInt32());
        var script = await _http.GetStringAsync(new Uri(_address, "__briefing/live.js"));
        Assert.Contains("location.reload()", script, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> NextBuildEvent(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }

    [Fact]
    public void The_listening_socket_is_bound_to_loopback_only()
    {
        // Read the kernel's socket table instead of probing other addresses: no traffic leaves loopback.
        Assert.True(File.Exists("/proc/net/tcp"), "the preview is tested on Linux, where /proc/net/tcp lists sockets");
        var port = _address.Port.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        var listening = File.ReadAllLines("/proc/net/tcp").Concat(File.Exists("/proc/net/tcp6") ? File.ReadAllLines("/proc/net/tcp6") : [])
            .Skip(1)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length > 3 && f[3] == "0A" && f[1].EndsWith(":" + port, StringComparison.Ordinal))
            .Select(f => f[1].Split(':')[0])
            .ToList();

        Assert.NotEmpty(listening);
        Assert.All(listening, local => Assert.Equal("0100007F", local));
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/%252e%252e/etc/passwd")]
    [InlineData("/..%5c..%5cetc/passwd")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    public async Task Paths_outside_the_site_are_refused(string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_address.Host, _address.Port);
        await using var stream = client.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{_address.Port}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? "";
        var rest = await reader.ReadToEndAsync();

        Assert.Matches(@"^HTTP/1\.1 (400|404) ", statusLine);
        Assert.DoesNotContain("root:", rest, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1.evil.example:{port}")]
    [InlineData("localhost.:{port}")]
    [InlineData("127.0.0.1:1")]
    [InlineData("127.0.0.1")]
    public async Task A_foreign_host_header_is_refused_so_dns_rebinding_cannot_read_the_preview(string host)
    {
        foreach (var path in new[] { "/", "/__briefing/status", "/__briefing/live.js" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_address, path));
            request.Headers.Host = host.Replace("{port}", _address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            using var response = await _http.SendAsync(request);

            Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("version", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("LOCALHOST")]
    [InlineData("[::1]")]
    public async Task The_preview_answers_to_its_own_loopback_names(string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _address);
        request.Headers.Host = $"{name}:{_address.Port}";
        using var response = await _http.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("__briefing/status")]
    [InlineData("__briefing/live.js")]
    [InlineData("no-such-page.html")]
    public async Task Every_response_forbids_sniffing_framing_and_anything_from_elsewhere(string path)
    {
        using var response = await _http.GetAsync(new Uri(_address, path));

        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        var policy = string.Join(",", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_shows_no_absolute_file_path()
    {
        var briefing = Path.Combine(Content, "briefing.yaml");
        await File.AppendAllTextAsync(briefing, "\ntitel: typo\n");

        var broken = await WaitFor(s => s.Problems.Length > 0);

        Assert.Contains(broken.Problems, p => p.StartsWith("content/briefing.yaml:", StringComparison.Ordinal));
        Assert.All(broken.Problems, p => Assert.DoesNotContain(_root, p, StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_serve is not null)
        {
            Assert.Equal(ExitCodes.Ok, await _serve);
        }

        _http.Dispose();
        _stop.Dispose();
        await _output.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
#pragma warning restore CA1001
