namespace Briefing.Commands;

/// <summary>Parses the command line and dispatches to a command; never lets an exception reach the analyst raw.</summary>
internal static class Cli
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "build";
        var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
        var options = CommonOptions.Parse(rest, stderr);
        if (options is null)
        {
            return ExitCodes.Usage;
        }

        try
        {
            return command switch
            {
                "check" => CheckCommand.Run(options, stdout),
                "schemas" => SchemasCommand.Run(options, stdout),
                "build" => await BuildCommand.RunAsync(options, stdout),
                _ => Usage(stderr, $"unknown command '{command}'"),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await stderr.WriteLineAsync($"internal error: {e.Message}");
            await stderr.WriteLineAsync("This is a bug in Briefing, not in your content. Please report it with the command you ran.");
            return ExitCodes.InternalError;
        }
    }

    private static int Usage(TextWriter stderr, string problem)
    {
        stderr.WriteLine($"briefing: {problem}");
        stderr.WriteLine("usage: briefing [build|check|schemas] [--content DIR] [--out DIR] [--templates DIR]");
        return ExitCodes.Usage;
    }
}
