using System.Diagnostics;
using System.Text.Json;
using Briefing.Commands;
using Briefing.Testing;

// Measures the authoring loop's targets on the real content:
//   1. a full build (load, validate, site, PDF) from a cold process;
//   2. in `serve`, the time from saving one YAML file to the preview having rebuilt (target: well under 1 s);
//   3. that a burst of quick saves causes one rebuild, not many.
// Run: dotnet run -c Release --project tests/Briefing.Benchmarks [iterations]
var iterations = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 15;
var work = Repository.CopyContent();
var settings = new RunSettings(Path.Combine(work, "content"), Repository.TemplatesDirectory, Path.Combine(work, "output"), false, Verbosity.Quiet);

try
{
    var clock = Stopwatch.StartNew();
    var exit = BuildCommand.Run(settings, Briefing.Pipeline.BuildRequest.Everything, TextWriter.Null);
    Console.WriteLine($"full build (cold process): {clock.ElapsedMilliseconds} ms, exit {exit}");

    using var stop = new CancellationTokenSource();
    var output = new StringWriter();
    var serve = Task.Run(() => ServeCommand.RunAsync(settings, 0, TextWriter.Synchronized(output), stop.Token));
    var address = await WaitForAddress(output);
    using var http = new HttpClient();
    var fact = Directory.EnumerateFiles(Path.Combine(settings.ContentDirectory, "facts")).Order(StringComparer.Ordinal).First();
    var original = await File.ReadAllTextAsync(fact);

    var samples = new List<long>();
    for (var i = 0; i < iterations; i++)
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
    Console.WriteLine($"save → rebuilt preview over {iterations} edits: median {samples[samples.Count / 2]} ms, " +
        $"max {samples[^1]} ms (includes the 120 ms settle time that merges bursts of saves)");

    var start = await Version(http, address);
    for (var i = 0; i < 5; i++)
    {
        await File.WriteAllTextAsync(fact, original + $"\n# burst {i}\n");
        await Task.Delay(10);
    }

    await Task.Delay(1500);
    Console.WriteLine($"5 saves in quick succession caused {await Version(http, address) - start} rebuild(s)");
    await File.WriteAllTextAsync(fact, original);
    await stop.CancelAsync();
    await serve;
}
finally
{
    Directory.Delete(work, recursive: true);
}

static async Task<int> Version(HttpClient http, Uri address)
{
    using var status = JsonDocument.Parse(await http.GetStringAsync(new Uri(address, "__briefing/status")));
    return status.RootElement.GetProperty("version").GetInt32();
}

static async Task<Uri> WaitForAddress(StringWriter output)
{
    for (var i = 0; i < 1200; i++)
    {
        var line = output.ToString().Split('\n').FirstOrDefault(l => l.StartsWith("serve: http", StringComparison.Ordinal));
        if (line is not null)
        {
            return new Uri(line["serve: ".Length..].Split(' ')[0]);
        }

        await Task.Delay(50);
    }

    throw new TimeoutException("serve did not start");
}
