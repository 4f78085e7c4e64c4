using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Benchmarks;

/// <summary>
/// One whole process, as a user runs it: wall time, CPU time (user + system, the figure that means
/// something on a shared machine) and peak resident memory, read from <c>/usr/bin/time -v</c>
/// where it is installed.
/// </summary>
internal sealed partial record ChildRun(int ExitCode, double WallMs, double CpuMs, long? PeakKiB, string Output, bool TimedOut)
{
    private const string TimeProgram = "/usr/bin/time";

    public static ChildRun Start(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var measured = File.Exists(TimeProgram);
        var info = new ProcessStartInfo(measured ? TimeProgram : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (measured)
        {
            info.ArgumentList.Add("-v");
            info.ArgumentList.Add(program);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var finished = process.WaitForExit(timeout);
        if (!finished)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        var wall = clock.Elapsed.TotalMilliseconds;
        var errors = stderr.Result;
        var cpu = measured ? Seconds(UserTime(), errors) + Seconds(SystemTime(), errors) : process.TotalProcessorTime.TotalSeconds;
        long? peak = measured && PeakLine().Match(errors) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        return new ChildRun(finished ? process.ExitCode : -1, wall, cpu * 1000, peak, stdout.Result + errors, !finished);
    }

    private static double Seconds(Regex line, string text) =>
        line.Match(text) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"User time \(seconds\): ([\d.]+)")]
    private static partial Regex UserTime();

    [GeneratedRegex(@"System time \(seconds\): ([\d.]+)")]
    private static partial Regex SystemTime();

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex PeakLine();
}
