using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Briefing.Tests.Campaign;

/// <summary>
/// Runs every row of <see cref="HostileInputs"/> as a separate process, as an analyst would,
/// with the managed heap capped at 1 GiB: each must end in exit 0 or 1 within 10 s, with its
/// code at file:line:col, and never with a stack trace, an internal error or a raw control
/// character on the terminal. The rows run alone (no other test class at the same time), so
/// the 10 s measure the run, not the test suite around it.
/// </summary>
[Collection(nameof(HostileInputCampaignTests))]
public sealed partial class HostileInputCampaignTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static TheoryData<string> Rows() => [.. HostileInputs.All.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Every_hostile_input_ends_in_a_diagnostic_not_a_crash_a_hang_or_a_blow_up(string name)
    {
        Assert.True(OperatingSystem.IsLinux(), "the campaign uses FIFOs and /dev files");
        var row = HostileInputs.All.Single(r => r.Name == name);
        var root = Repository.CopyContent();
        try
        {
            var content = Path.Combine(root, "content");
            row.Arrange(content);

            var (exit, output, elapsed) = await RunAsync(root, [.. row.Command, "--content", content, "--templates", Repository.TemplatesDirectory, "--out", Path.Combine(root, "output")]);

            Assert.True(elapsed < Limit, $"{name} took {elapsed.TotalSeconds:0.0} s\n{output}");
            Assert.Equal(row.Exit, exit);
            Assert.DoesNotContain("internal error", output, StringComparison.Ordinal);
            Assert.DoesNotMatch(StackFrame(), output);
            Assert.DoesNotMatch(RawControl(), output);
            if (row.Code is { } code)
            {
                Assert.Matches(new Regex($@"\S+:\d+:\d+: (error|warning) {code}:"), output);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<(int Exit, string Output, TimeSpan Elapsed)> RunAsync(string workingDirectory, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "briefing.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // 1 GiB of managed heap: a run that needs more dies of OutOfMemoryException, which is not exit 0 or 1.
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x40000000";
        start.Environment["CI"] = "true";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit + TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        return (process.ExitCode, await stdout + await stderr, clock.Elapsed);
    }

    [GeneratedRegex(@"^\s+at \S+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]")]
    private static partial Regex RawControl();
}
