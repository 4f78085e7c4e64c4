using Briefing.Commands;

namespace Briefing.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static Task<(int Exit, string Out, string Err)> Run(params string[] args) => Run(CancellationToken.None, args);

    /// <summary>Runs with a token that stands in for Ctrl+C.</summary>
    public static async Task<(int Exit, string Out, string Err)> Run(CancellationToken token, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await Cli.RunAsync(args, stdout, stderr, token);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
