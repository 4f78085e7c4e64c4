using System.Diagnostics;

namespace Briefing.Testing;

/// <summary>
/// Runs a program a test needs (Java, qpdf, a helper copy of the test assembly) to completion with a time
/// limit. On expiry the whole process tree is killed and the test fails with the command line and what the
/// program had printed, instead of the run hanging until CI gives up on it.
/// </summary>
public static class TestProcess
{
    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null) =>
        RunAsync(fileName, arguments, timeout, environment).GetAwaiter().GetResult();

    public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var commandLine = string.Join(' ', start.ArgumentList.Prepend(fileName).Select(Quote));
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {commandLine}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var expiry = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(expiry.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"{commandLine} did not finish within {timeout.TotalSeconds:0.#} s and was killed. It printed:\n{await Printed(stdout)}{await Printed(stderr)}");
        }

        return new ProcessResult(commandLine, process.ExitCode, await stdout, await stderr);
    }

    // Once the tree is killed the pipes close; a grandchild that escaped the kill could hold one open, so wait only briefly.
    private static async Task<string> Printed(Task<string> output)
    {
        try
        {
            return await output.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            return "(output not available: a process still holds it)\n";
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'') ? argument : $"'{argument.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
