using Briefing.Core.Diagnostics;
using Briefing.Core.Text;
using Spectre.Console;

namespace Briefing.Commands;

/// <summary>
/// What a run tells the analyst: a short line per pipeline stage with counts and
/// milliseconds, and diagnostics grouped by file. On an interactive terminal stages show a
/// live spinner and severities are coloured; redirected output and CI get plain lines.
/// </summary>
internal sealed class Reporter(TextWriter output, Verbosity verbosity, bool interactive)
{
    /// <summary>True when writing to a person's terminal rather than a file, pipe or CI log.</summary>
    public static bool IsInteractive(TextWriter writer) =>
        ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Runs work under a live spinner on a terminal that names the stage under way ("building: pdf…");
    /// plainly elsewhere. The work reports each stage it starts through the callback it is given.
    /// </summary>
    public T Progress<T>(string label, Func<Action<string>, T> work) =>
        Live ? AnsiConsole.Status().Start($"{label}…", ctx => work(stage => ctx.Status($"{label}: {stage}…"))) : work(_ => { });

    /// <summary>Awaits work under a live spinner naming the stage under way on a terminal; plainly elsewhere.</summary>
    public Task<T> ProgressAsync<T>(string label, Func<Action<string>, Task<T>> work) =>
        Live ? AnsiConsole.Status().StartAsync($"{label}…", ctx => work(stage => ctx.Status($"{label}: {stage}…"))) : work(_ => { });

    private bool Live => interactive && verbosity != Verbosity.Quiet;

    /// <summary>One line per pipeline stage: name, milliseconds, what it made.</summary>
    public void Stages(IEnumerable<Pipeline.StageTiming> stages)
    {
        foreach (var stage in stages)
        {
            Line($"{stage.Name,-8}{stage.Milliseconds,6} ms  {stage.Description}");
        }
    }

    /// <summary>A normal progress line; hidden by --quiet.</summary>
    public void Line(string text)
    {
        if (verbosity != Verbosity.Quiet)
        {
            output.WriteLine(text);
        }
    }

    /// <summary>Errors and warnings always, information with --verbose, grouped under each file.</summary>
    public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var shown = diagnostics.Where(d => verbosity == Verbosity.Verbose || d.Severity != Severity.Info).ToList();
        foreach (var file in shown.GroupBy(d => d.Span.File, StringComparer.Ordinal))
        {
            if (interactive)
            {
                output.WriteLine(Colour(Printable.Escape(ProjectRoot.Display(file.Key)), "1"));
            }

            foreach (var diagnostic in file)
            {
                // Keys, ids and file names come from content: a control character in one must not drive the terminal.
                var span = diagnostic.Span with { File = Printable.Escape(ProjectRoot.Display(diagnostic.Span.File)) };
                var text = (diagnostic with { Span = span, Message = Printable.Escape(diagnostic.Message), Hint = diagnostic.Hint is { } hint ? Printable.Escape(hint) : null }).ToString();
                output.WriteLine(interactive ? Colour(text, ColourOf(diagnostic.Severity)) : text);
            }
        }
    }

    private static string ColourOf(Severity severity) => severity switch
    {
        Severity.Error => "31",
        Severity.Warning => "33",
        _ => "36",
    };

    private static string Colour(string text, string code) => $"\u001b[{code}m{text}\u001b[0m";
}
