using System.CommandLine;
using Briefing.Core;

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
        command.SetAction((result, token) => RunAsync(result, stdout, token));
        return command;
    }

    public static Task<int> RunAsync(ParseResult result, TextWriter stdout, CancellationToken token)
    {
        var settings = Options.Resolve(result);
        var reporter = new Reporter(stdout, settings.Verbosity, Reporter.IsInteractive(stdout));
        var outcome = reporter.Stage("load", () => BriefingContent.Load(settings.ContentDirectory), CheckCommand.Describe);
        reporter.Diagnostics(outcome.Diagnostics);
        if (outcome.Model is null || Summary.Fails(outcome.Diagnostics, settings.Strict))
        {
            stdout.WriteLine($"build: stopped, {Summary.Of(outcome.Diagnostics)}; the previous output is untouched");
            return Task.FromResult(ExitCodes.ContentErrors);
        }

        token.ThrowIfCancellationRequested();
        // Rendering lands with the site and PDF renderers.
        stdout.WriteLine($"build: content loaded, {Summary.Of(outcome.Diagnostics)}");
        return Task.FromResult(ExitCodes.Ok);
    }
}
