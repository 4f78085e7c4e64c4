using System.CommandLine;
using Briefing.Core.Output;
using Briefing.Pipeline;

namespace Briefing.Commands;

/// <summary>`build` (the default): load → validate → model → render site and PDF → write.</summary>
internal static class BuildCommand
{
    public static readonly Option<string?> Only = new("--only") { Description = "Build only the site or only the PDF" };
    public static readonly Option<string> Paper = new("--paper") { Description = "PDF paper size", DefaultValueFactory = _ => "a4" };
    public static readonly Option<Uri?> BaseUrl = new("--base-url")
    {
        Description = "Where the site will be published (absolute http(s) URL ending in /), for sitemap.xml and the 404 page",
        CustomParser = Parse,
    };

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
        command.Options.Add(BaseUrl);
        command.SetAction((result, token) => RunAsync(Options.Resolve(result), Request(result), stdout, token));
        return command;
    }

    public static BuildRequest Request(ParseResult result)
    {
        var only = result.GetValue(Only);
        return new BuildRequest(Site: only != "pdf", Pdf: only != "site", Paper: result.GetValue(Paper) ?? "a4", BaseUrl: result.GetValue(BaseUrl));
    }

    /// <summary>A build that cannot be interrupted, for callers without a token (the benchmarks).</summary>
    public static int Run(RunSettings settings, BuildRequest request, TextWriter stdout) =>
        RunAsync(settings, request, stdout, CancellationToken.None).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(RunSettings settings, BuildRequest request, TextWriter stdout, CancellationToken token)
    {
        Options.RequireContent(settings);
        if (request.Site)
        {
            Options.RequireTemplates(settings);
        }

        OutputGuard.Check(settings);
        var reporter = new Reporter(stdout, settings.Verbosity, Reporter.IsInteractive(stdout));
        var writer = new OutputWriter(settings.OutputDirectory);
        if (writer.Recover() is { } recovered)
        {
            reporter.Line($"build: {recovered}");
        }

        var build = new BriefingBuild(settings.ContentDirectory, settings.TemplatesDirectory, request, settings.Archive);
        BuildResult result;
        try
        {
            // Everything up to the write happens in memory, so an interrupt can abandon it at once.
            result = await reporter.ProgressAsync("building", starting => Task.Run(() => build.Run(settings.Strict, starting, token), token).WaitAsync(token));
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return Interrupted(stdout);
        }

        reporter.Stages(result.Stages);
        reporter.Diagnostics(result.Diagnostics);
        if (result.Files is not { } files)
        {
            var outcome = Summary.Outcome(result.Diagnostics, settings.Strict, settings.Verbosity);
            var lead = Summary.FailsOnlyBecauseStrict(result.Diagnostics, settings.Strict) ? "" : "stopped, ";
            stdout.WriteLine($"build: {lead}{outcome}; the previous output is untouched");
            return ExitCodes.ContentErrors;
        }

        if (!request.Site && Directory.Exists(Path.Combine(settings.OutputDirectory, "site")))
        {
            // The kept site links to its own copy of the PDF: refresh it with the new one.
            files = [.. files, .. files.Where(f => OutputLayout.IsPdf(f.Path)).Select(OutputLayout.InSite)];
        }

        if (token.IsCancellationRequested)
        {
            return Interrupted(stdout);
        }

        // The write itself takes milliseconds and ends in an atomic swap: it is not cut short.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var notes = writer.Write(files, KeepFromPreviousOutput(request));
        reporter.Stages([new StageTiming("write", clock.ElapsedMilliseconds, $"{files.Count} files to {ProjectRoot.Display(settings.OutputDirectory)}")]);
        foreach (var note in notes)
        {
            reporter.Line($"build: note: the new output is in place, but {note}");
        }

        if (request.Site && !request.Pdf && result.Model is { } model
            && !File.Exists(Path.Combine(settings.OutputDirectory, "site", BriefingBuild.PdfFileName(model))))
        {
            reporter.Line($"build: note: the site links to {BriefingBuild.PdfFileName(model)}, which no build has made yet; run a full build before publishing");
        }

        reporter.Line($"build: done, {Summary.Of(result.Diagnostics, settings.Verbosity)}");
        return ExitCodes.Ok;
    }

    private static int Interrupted(TextWriter stdout)
    {
        stdout.WriteLine("build: interrupted; nothing was written, the previous output is untouched");
        return ExitCodes.Interrupted;
    }

    private static Uri? Parse(System.CommandLine.Parsing.ArgumentResult argument)
    {
        var text = argument.Tokens.Count > 0 ? argument.Tokens[0].Value : "";
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.AbsolutePath.EndsWith('/'))
        {
            return uri;
        }

        argument.AddError($"--base-url must be an absolute http(s) URL ending in '/', e.g. https://research.example.com/briefing/; got '{text}'");
        return null;
    }

    /// <summary>A partial build keeps the other product from the previous output, so --only never deletes work.</summary>
    private static Func<string, bool>? KeepFromPreviousOutput(BuildRequest request) => (request.Site, request.Pdf) switch
    {
        (true, false) => OutputLayout.IsPdf,
        (false, true) => OutputLayout.IsInSite,
        _ => null,
    };
}
