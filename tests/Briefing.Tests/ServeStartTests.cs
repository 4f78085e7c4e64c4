using System.Net;
using System.Net.Sockets;
using Briefing.Commands;

namespace Briefing.Tests;

/// <summary>`serve` before it is up: bad ports, a port in use, and content that is broken from the start.</summary>
public sealed class ServeStartTests : IDisposable
{
    private readonly string _root = Repository.CopyFixture(Repository.MiniBriefing);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));

    private string Content => Path.Combine(_root, "content");

    // The timeout stops a `serve` that wrongly starts, so a regression fails rather than hangs.
    private Task<(int Exit, string Out, string Err)> Serve(params string[] args) =>
        CliRunner.Run(_timeout.Token, ["serve", .. args, "--content", Content, "--templates", Repository.TemplatesDirectory, "--out", Path.Combine(_root, "output")]);

    [Theory]
    [InlineData("99999")]
    [InlineData("-1")]
    [InlineData("65536")]
    public async Task A_port_out_of_range_is_a_usage_error(string port)
    {
        var (exit, _, error) = await Serve("--port", port);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--port must be between 1 and 65535 (or 0 for a free port)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_a_usage_error_with_a_plain_message()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exit, _, error) = await Serve("--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains($"port {port} on 127.0.0.1 is already in use", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_broken_at_the_first_start_shows_the_problems_and_reloads_when_fixed()
    {
        var briefing = Path.Combine(Content, "briefing.yaml");
        var original = await File.ReadAllTextAsync(briefing);
        await File.WriteAllTextAsync(briefing, original.Replace("edition:", "editon:", StringComparison.Ordinal));
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var settings = new RunSettings(Content, Repository.TemplatesDirectory, Path.Combine(_root, "output"), false, Verbosity.Normal);
        var serve = Task.Run(() => ServeCommand.RunAsync(settings, 0, TextWriter.Synchronized(output), stop.Token));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            var address = await AddressOf(output);

            using var waiting = await http.GetAsync(address);
            var page = await waiting.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, waiting.StatusCode);
            Assert.Contains("id=\"briefing-no-site\"", page, StringComparison.Ordinal);
            Assert.Contains("BRF012", page, StringComparison.Ordinal);
            Assert.Contains("<script src=\"/__briefing/live.js\" defer></script>", page, StringComparison.Ordinal);
            Assert.Contains("the preview shows these problems until a build succeeds", output.ToString(), StringComparison.Ordinal);
            var script = await http.GetStringAsync(new Uri(address, "__briefing/live.js"));
            Assert.Contains("briefing-no-site", script, StringComparison.Ordinal);

            await File.WriteAllTextAsync(briefing, original);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            HttpStatusCode status;
            do
            {
                await Task.Delay(100);
                using var home = await http.GetAsync(address);
                status = home.StatusCode;
            }
            while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);

            Assert.Equal(HttpStatusCode.OK, status);
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(ExitCodes.Ok, await serve);
        }
    }

    [Fact]
    public async Task A_save_made_while_the_first_build_runs_is_built_too()
    {
        var briefing = Path.Combine(Content, "briefing.yaml");
        var original = await File.ReadAllTextAsync(briefing);
        var title = original.Split('\n').First(l => l.StartsWith("title:", StringComparison.Ordinal));
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var settings = new RunSettings(Content, Repository.TemplatesDirectory, Path.Combine(_root, "output"), false, Verbosity.Normal);
        var serve = Task.Run(() => ServeCommand.RunAsync(settings, 0, TextWriter.Synchronized(output), stop.Token));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            // Keep saving until serve reports its first build: the last saves land while that build runs.
            var saves = 0;
            while (!output.ToString().Contains("serve: http", StringComparison.Ordinal) && saves < 600)
            {
                await File.WriteAllTextAsync(briefing, original.Replace(title, $"title: Saved {++saves}", StringComparison.Ordinal));
                await Task.Delay(100);
            }

            var address = await AddressOf(output);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            var home = "";
            while (!home.Contains($"Saved {saves}<", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
                using var response = await http.GetAsync(address); // 503 while a half-written save fails to build
                home = await response.Content.ReadAsStringAsync();
            }

            Assert.Contains($"Saved {saves}<", home, StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(ExitCodes.Ok, await serve);
        }
    }

    [Fact]
    public async Task Serve_with_strict_treats_a_warning_as_a_failed_build()
    {
        var briefing = Path.Combine(Content, "briefing.yaml");
        var lines = await File.ReadAllLinesAsync(briefing);
        lines[Array.FindIndex(lines, l => l.TrimStart().StartsWith("bodyFont:", StringComparison.Ordinal))] = "  bodyFont: Lato";
        await File.WriteAllLinesAsync(briefing, lines);
        await File.WriteAllTextAsync(Path.Combine(Content, "stray.txt"), "a file Briefing does not read: a warning");
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var settings = new RunSettings(Content, Repository.TemplatesDirectory, Path.Combine(_root, "output"), true, Verbosity.Normal);
        var serve = Task.Run(() => ServeCommand.RunAsync(settings, 0, TextWriter.Synchronized(output), stop.Token));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            using var response = await http.GetAsync(await AddressOf(output));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("BRF051", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Contains("build failed", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(ExitCodes.Ok, await serve);
        }
    }

    private static async Task<Uri> AddressOf(StringWriter output)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var line = output.ToString().Split('\n').FirstOrDefault(l => l.StartsWith("serve: http", StringComparison.Ordinal));
            if (line is not null)
            {
                return new Uri(line["serve: ".Length..].Split(' ')[0]);
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("serve did not start: " + output);
    }

    public void Dispose()
    {
        _timeout.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
