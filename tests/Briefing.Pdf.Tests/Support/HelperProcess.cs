namespace Briefing.Pdf.Tests.Support;

/// <summary>
/// The test assembly's own entry point, used only as a helper process: <c>dotnet Briefing.Pdf.Tests.dll
/// render-pdf a4|letter FILE</c> renders the sample briefing fixture with the code under test and writes the PDF.
/// Renders made in separate processes can then be compared, which one process cannot do: string hash codes,
/// for one, are randomised per process, so an order that leans on them shows only across processes. The test
/// runner never calls <see cref="Main"/> (it hosts the assembly itself); the project turns off the generated one.
/// </summary>
internal static class HelperProcess
{
    private const string Command = "render-pdf";

    public static int Main(string[] args)
    {
        if (args.Length != 3 || args[0] != Command || !Enum.TryParse<PaperSize>(args[1], ignoreCase: true, out var paper))
        {
            Console.Error.WriteLine($"usage: {Command} a4|letter FILE");
            return 2;
        }

        File.WriteAllBytes(args[2], BriefingPdf.Render(RenderedBriefing.SampleModel(), new PdfOptions(paper), Harness.Writer).Bytes);
        return 0;
    }

    /// <summary>Renders the sample briefing in a new process, with the given environment, and returns its bytes.</summary>
    public static async Task<byte[]> RenderAsync(PaperSize paper, IReadOnlyDictionary<string, string> environment)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("briefing-pdf-process-").FullName, "briefing.pdf");
        try
        {
            var run = await TestProcess.RunAsync(
                DotnetHost(), [typeof(HelperProcess).Assembly.Location, Command, paper.ToString(), file], TimeSpan.FromSeconds(120), environment);
            Assert.True(run.ExitCode == 0, $"{run.CommandLine} exited with {run.ExitCode}: {run.Output}");
            return await File.ReadAllBytesAsync(file);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    // The host running these tests (testhost runs under it), else the dotnet on PATH.
    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
