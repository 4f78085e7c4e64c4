using System.Diagnostics;
using Briefing.Core;
using Briefing.Core.Diagnostics;
using Briefing.Core.Loading;

namespace Briefing.Pipeline;

/// <summary>
/// The front of the pipeline as two timed stages, load (read and bind every file) and
/// validate (the rules, then the model), so progress reports each with its counts: the two
/// halves of <see cref="BriefingContent.Load"/>, timed.
/// </summary>
internal static class ContentStages
{
    // `starting` is told the name of each stage as it starts, for a live progress display.
    // `archive` is --archive, overriding briefing.yaml's; the validate line says whether citations were checked against it.
    public static LoadOutcome Run(string contentDirectory, DocumentCache? cache, ICollection<StageTiming> stages, Action<string>? starting = null, string? archive = null)
    {
        starting?.Invoke("load");
        var diagnostics = new DiagnosticBag();
        var clock = Stopwatch.StartNew();
        var content = BriefingContent.Read(contentDirectory, diagnostics, cache: cache) with { ArchiveOverride = archive };
        stages.Add(new StageTiming("load", clock.ElapsedMilliseconds, $"{ContentCounts.Of(content)} read{Problems(diagnostics)}"));

        starting?.Invoke("validate");
        clock.Restart();
        var before = diagnostics.Items.Count;
        var model = BriefingContent.ValidateAndBuild(content, diagnostics);
        var found = diagnostics.Items.Skip(before).ToList();
        stages.Add(new StageTiming("validate", clock.ElapsedMilliseconds,
            $"{DiagnosticCounts.ErrorsAndWarnings(found)}{Verification(found)}{(model is null ? "; stopped by errors" : "")}"));
        return new LoadOutcome(model, diagnostics.Sorted()) { Sources = SourceMap.Of(content, ContentReader.BriefingPath(contentDirectory)) };
    }

    // Said once, on the validate line: whether figures were checked against the stored articles.
    private static string Verification(IEnumerable<Diagnostic> found) =>
        found.FirstOrDefault(d => d.Code is DiagnosticCodes.ArchiveVerified or DiagnosticCodes.ArchiveNotVerified) is { } note
            ? $"; {note.Message}"
            : "";

    private static string Problems(DiagnosticBag diagnostics) =>
        diagnostics.Items.Any(d => d.Severity != Severity.Info) ? $" ({DiagnosticCounts.ErrorsAndWarnings(diagnostics.Items)})" : "";
}
