using System.CommandLine;
using Briefing.Core.Output;
using Briefing.Pipeline;
using Briefing.Serving;
using Microsoft.AspNetCore.Connections;

namespace Briefing.Commands;

/// <summary>`serve`: build, serve output/site on 127.0.0.1, rebuild on every change and reload open pages.</summary>
internal static class ServeCommand
{
    public static readonly Option<int> Port = new("--port") { Description = "Port on 127.0.0.1, 1–65535 (default or 0: a free one)" };

    static ServeCommand()
    {
        Port.Validators.Add(result =>
        {
            var port = result.GetValueOrDefault<int>();
            if (port is < 0 or > 65535)
            {
                result.AddError($"--port must be between 1 and 65535 (or 0 for a free port); got {port}");
            }
        });
    }

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("serve", "Build, serve the site on 127.0.0.1, and rebuild and reload on every change");
        command.Options.Add(Port);
        command.SetAction((result, token) => RunAsync(Options.Resolve(result), result.GetValue(Port), stdout, stderr, token));
        return command;
    }

    public static Task<int> RunAsync(RunSettings settings, int port, TextWriter stdout, CancellationToken token) =>
        RunAsync(settings, port, stdout, stdout, token);

    public static async Task<int> RunAsync(RunSettings settings, int port, TextWriter stdout, TextWriter stderr, CancellationToken token)
    {
        Options.RequireContent(settings);
        Options.RequireTemplates(settings);
        OutputGuard.Check(settings);
        var reporter = new Reporter(stdout, settings.Verbosity, Reporter.IsInteractive(stdout));
        var build = new BriefingBuild(settings.ContentDirectory, settings.TemplatesDirectory, BuildRequest.Everything with { Pdf = false }, settings.Archive);
        await using var server = await Start(port, Path.GetDirectoryName(settings.ContentDirectory) ?? settings.ContentDirectory, token);
        var session = new PreviewSession(build, new OutputWriter(settings.OutputDirectory), server, settings.Strict,
            (result, hasGoodSite) => Report(reporter, result, hasGoodSite, settings.Verbosity),
            e => stderr.WriteLine($"rebuild failed: {e.GetType().Name}: {e.Message}; still serving the last good pages"));

        // Watch before the first build: a save made while it runs (the PDF takes a second) queues a rebuild
        // instead of being missed. Rebuilds never overlap (PreviewSession), so an early change simply waits.
        using var watcher = new ChangeWatcher([settings.ContentDirectory, settings.TemplatesDirectory], TimeSpan.FromMilliseconds(120), session.Rebuild);
        session.Rebuild();
        stdout.WriteLine($"serve: {server.Address} (Ctrl+C stops); watching {ProjectRoot.Display(settings.ContentDirectory)} and {ProjectRoot.Display(settings.TemplatesDirectory)}");
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

    /// <summary>Starts the server; a port already taken is the caller's mistake to fix, not a bug.</summary>
    private static async Task<PreviewServer> Start(int port, string projectFolder, CancellationToken token)
    {
        try
        {
            return await PreviewServer.StartAsync(port, projectFolder, token);
        }
        catch (Exception e) when (e is AddressInUseException || (e is IOException && e.InnerException is AddressInUseException))
        {
            throw new UsageException($"port {port} on 127.0.0.1 is already in use: pass another with --port N, or leave --port out for a free one");
        }
    }

    private static void Report(Reporter reporter, BuildResult result, bool hasGoodSite, Verbosity verbosity)
    {
        reporter.Stages(result.Stages);
        reporter.Diagnostics(result.Diagnostics);
        reporter.Line(result.Succeeded
            ? $"rebuilt: {Summary.Of(result.Diagnostics, verbosity)}"
            : hasGoodSite
                ? $"build failed: {Summary.Of(result.Diagnostics, verbosity)}; still serving the last good pages"
                : $"build failed: {Summary.Of(result.Diagnostics, verbosity)}; the preview shows these problems until a build succeeds");
    }
}
