using System.CommandLine;
using Briefing.Core.Output;
using Briefing.Pipeline;
using Briefing.Serving;

namespace Briefing.Commands;

/// <summary>`serve`: build, serve output/site on 127.0.0.1, rebuild on every change and reload open pages.</summary>
internal static class ServeCommand
{
    public static readonly Option<int> Port = new("--port") { Description = "Port on 127.0.0.1 (default: a free one)" };

    public static Command Create(TextWriter stdout)
    {
        var command = new Command("serve", "Build, serve the site on 127.0.0.1, and rebuild and reload on every change");
        command.Options.Add(Port);
        command.SetAction((result, token) => RunAsync(Options.Resolve(result), result.GetValue(Port), stdout, token));
        return command;
    }

    public static async Task<int> RunAsync(RunSettings settings, int port, TextWriter stdout, CancellationToken token)
    {
        var reporter = new Reporter(stdout, settings.Verbosity, Reporter.IsInteractive(stdout));
        var build = new BriefingBuild(settings.ContentDirectory, settings.TemplatesDirectory, BuildRequest.Everything with { Pdf = false });
        await using var server = await PreviewServer.StartAsync(port, token);
        var session = new PreviewSession(build, new OutputWriter(settings.OutputDirectory), server, result => Report(reporter, result),
            e => reporter.Line($"rebuild failed: {e.GetType().Name}: {e.Message}; still serving the last good pages"));
        session.Rebuild();
        stdout.WriteLine($"serve: {server.Address} (Ctrl+C stops); watching {ProjectRoot.Display(settings.ContentDirectory)} and {ProjectRoot.Display(settings.TemplatesDirectory)}");
        using var watcher = new ChangeWatcher([settings.ContentDirectory, settings.TemplatesDirectory], TimeSpan.FromMilliseconds(120), session.Rebuild);
        try
        {
            await Task.Delay(Timeout.Infinite, token);
        }
        catch (OperationCanceledException)
        {
            stdout.WriteLine("serve: stopped");
        }
        finally
        {
            watcher.Dispose();
            session.Stop();
        }

        return ExitCodes.Ok;
    }

    private static void Report(Reporter reporter, BuildResult result)
    {
        reporter.Stages(result.Stages);
        reporter.Diagnostics(result.Diagnostics);
        reporter.Line(result.Succeeded
            ? $"rebuilt: {Summary.Of(result.Diagnostics)}"
            : $"build failed: {Summary.Of(result.Diagnostics)}; still serving the last good pages");
    }
}
