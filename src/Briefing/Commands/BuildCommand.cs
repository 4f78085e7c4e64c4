using System.CommandLine;
using Briefing.Core.Output;
using Briefing.Pipeline;

namespace Briefing.Commands;

/// <summary>`build` (the default): load → validate → model → render site and PDF → write.</summary>
internal static class BuildCommand
{
    public static readonly Option<string?> Only = new("--only") { Description = "Build only the site or only the PDF" };
    public static readonly Option<string> Paper = new("--paper") { Description = "PDF paper size", DefaultValueFactory = _ => "a4" };

    static BuildCommand()
    {
        Only.AcceptOnlyFromAmong("site", "pdf");
        Paper.AcceptOnlyFromAmong("a4", "letter");
    }

    public static Command Create(TextWriter stdout)
    {
        var command = new Command("build", "Check the content and build the site and the PDF (the default command)");
        command.Options.Add(Only);
        command.Options.Add(Paper);
        command.SetAction(result => Run(Options.Resolve(result), Request(result), stdout));
        return command;
    }

    public static BuildRequest Request(ParseResult result)
    {
        var only = result.GetValue(Only);
        return new BuildRequest(Site: only != "pdf", Pdf: only != "site", Paper: result.GetValue(Paper) ?? "a4");
    }

    public static int Run(RunSettings settings, BuildRequest request, TextWriter stdout)
    {
        var reporter = new Reporter(stdout, settings.Verbosity, Reporter.IsInteractive(stdout));
        var writer = new OutputWriter(settings.OutputDirectory);
        if (writer.Recover() is { } recovered)
        {
            reporter.Line($"build: {recovered}");
        }

        var build = new BriefingBuild(settings.ContentDirectory, settings.TemplatesDirectory, request);
        var result = reporter.Progress("building", () => build.Run(settings.Strict));
        reporter.Stages(result.Stages);
        reporter.Diagnostics(result.Diagnostics);
        if (result.Files is not { } files)
        {
            stdout.WriteLine($"build: stopped, {Summary.Of(result.Diagnostics)}; the previous output is untouched");
            return ExitCodes.ContentErrors;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        writer.Write(files);
        reporter.Stages([new StageTiming("write", clock.ElapsedMilliseconds, $"{files.Count} files to {ProjectRoot.Display(settings.OutputDirectory)}")]);
        stdout.WriteLine($"build: done, {Summary.Of(result.Diagnostics)}");
        return ExitCodes.Ok;
    }
}
