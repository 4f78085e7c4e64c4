using System.Diagnostics;

namespace Briefing.Testing;

/// <summary>Runs command-line tools (poppler-utils, qpdf) used to read real PDFs back.</summary>
public static class ExternalTool
{
    public static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool Exists(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));

    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        if (!Exists(tool))
        {
            throw new InvalidOperationException($"'{tool}' is not on PATH; with CI=true the PDF read-back tests require poppler-utils and qpdf.");
        }

        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(30_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish in 30 s.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
