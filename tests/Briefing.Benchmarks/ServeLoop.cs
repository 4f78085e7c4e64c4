using System.Diagnostics;
using System.Text.Json;
using Briefing.Commands;

namespace Briefing.Benchmarks;

/// <summary>
/// In <c>serve</c>: the time from saving one YAML file to the preview having rebuilt, over several
/// saves, and that a burst of quick saves causes one rebuild, not many.
/// </summary>
internal static class ServeLoop
{
    public static async Task Run(BenchmarkSettings settings, TextWriter report)
    {
        using var work = new ScaledWork(settings, settings.ServeScale);
        var run = new RunSettings(work.Content, settings.TemplatesDirectory, work.Output, false, Verbosity.Quiet);
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var serve = Task.Run(() => ServeCommand.RunAsync(run, 0, TextWriter.Synchronized(output), stop.Token));
        var address = await WaitForAddress(output, serve);
        using var http = new HttpClient();
        var fact = Directory.EnumerateFiles(Path.Combine(work.Content, "facts")).Order(StringComparer.Ordinal).First();
        var original = await File.ReadAllTextAsync(fact);

        var samples = new List<long>();
        var clock = new Stopwatch();
        for (var i = 0; i < settings.Edits; i++)
        {
            var before = await Version(http, address);
            clock.Restart();
            await File.WriteAllTextAsync(fact, original + $"\n# edit {i}\n");
            while (await Version(http, address) == before)
            {
                await Task.Delay(5);
            }

            samples.Add(clock.ElapsedMilliseconds);
        }

        samples.Sort();
        report.WriteLine($"serve at {settings.ServeScale}×: save → rebuilt preview over {settings.Edits} edits: median {samples[samples.Count / 2]} ms, " +
            $"max {samples[^1]} ms (includes the settle time that merges bursts of saves)");

        var start = await Version(http, address);
        for (var i = 0; i < 5; i++)
        {
            await File.WriteAllTextAsync(fact, original + $"\n# burst {i}\n");
            await Task.Delay(10);
        }

        // Long enough for one rebuild at this size to finish after the last save.
        await Task.Delay(TimeSpan.FromMilliseconds(1500 + (2 * samples[^1])));
        report.WriteLine($"serve at {settings.ServeScale}×: 5 saves in quick succession caused {await Version(http, address) - start} rebuild(s)");
        await stop.CancelAsync();
        await serve;
    }

    private static async Task<int> Version(HttpClient http, Uri address)
    {
        using var status = JsonDocument.Parse(await http.GetStringAsync(new Uri(address, "__briefing/status")));
        return status.RootElement.GetProperty("version").GetInt32();
    }

    private static async Task<Uri> WaitForAddress(StringWriter output, Task serve)
    {
        // A large briefing takes its first build before serving; wait as long as that may take.
        for (var i = 0; i < 20 * 60 * 10 && !serve.IsCompleted; i++)
        {
            var line = output.ToString().Split('\n').FirstOrDefault(l => l.StartsWith("serve: http", StringComparison.Ordinal));
            if (line is not null)
            {
                return new Uri(line["serve: ".Length..].Split(' ')[0]);
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("serve did not start:\n" + output);
    }
}
