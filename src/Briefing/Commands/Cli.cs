using System.CommandLine;
using Briefing.Core.Output;
using Briefing.Core.Text;

namespace Briefing.Commands;

/// <summary>
/// The command line: `build` (default), `check`, `init`, `new`, `clean`, `serve`, `schemas`. Parse
/// errors and usage mistakes found later (a missing folder, an output that is not Briefing's)
/// exit 2; an unexpected exception is reported as an internal error (exit 3), never as a
/// stack trace.
/// </summary>
internal static class Cli
{
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Where progress and diagnostics go.</param>
    /// <param name="stderr">Where usage mistakes and internal errors go.</param>
    /// <param name="token">Stands in for Ctrl+C in tests; the real signals are handled by System.CommandLine.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken token = default)
    {
        var root = new RootCommand("Briefing: turns curated YAML facts into a static site and a PDF briefing");
        foreach (var option in new Option[] { Options.Content, Options.Templates, Options.Out, Options.Archive, Options.Strict, Options.Quiet, Options.Verbose })
        {
            root.Options.Add(option);
        }

        var build = BuildCommand.Create(stdout);
        root.Subcommands.Add(build);
        root.Subcommands.Add(CheckCommand.Create(stdout));
        root.Subcommands.Add(InitCommand.Create(stdout, stderr));
        root.Subcommands.Add(NewCommand.Create(stdout, stderr));
        root.Subcommands.Add(CleanCommand.Create(stdout));
        root.Subcommands.Add(ServeCommand.Create(stdout, stderr));
        root.Subcommands.Add(SchemasCommand.Create(stdout));
        foreach (var option in build.Options.Where(o => !o.Recursive))
        {
            root.Options.Add(option);
        }

        root.SetAction((result, token) => BuildCommand.RunAsync(Options.Resolve(result), BuildCommand.Request(result), stdout, token));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync($"briefing: {error.Message}");
            }

            await stderr.WriteLineAsync("Run 'briefing --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, token);
        }
        catch (Exception e) when (e is UsageException or OutputFolderRefusedException or OutputLockedException)
        {
            await stderr.WriteLineAsync($"briefing: {Printable.Escape(e.Message)}");
            return ExitCodes.Usage;
        }
        catch (OutputWriteException e)
        {
            // Its message says truthfully what state the output is in.
            await stderr.WriteLineAsync($"briefing: {Printable.Escape(e.Message)}");
            return ExitCodes.InternalError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the writer touches the output, and it reports its own failures above: this one came before it.
            await stderr.WriteLineAsync($"briefing: could not read or write a file: {Printable.Escape(e.Message)}");
            await stderr.WriteLineAsync("Check the folders given with --content, --templates and --out; the previous output is untouched.");
            return ExitCodes.InternalError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await stderr.WriteLineAsync($"briefing: internal error: {e.GetType().Name}: {Printable.Escape(e.Message)}");
            await stderr.WriteLineAsync("This is a bug in Briefing, not in your content; your previous output is untouched. Please report it with the command you ran.");
            return ExitCodes.InternalError;
        }
    }
}
