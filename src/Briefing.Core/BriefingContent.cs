using Briefing.Core.Building;
using Briefing.Core.Diagnostics;
using Briefing.Core.Loading;
using Briefing.Core.Loading.Yaml;
using Briefing.Core.Model;
using Briefing.Core.Validation;

namespace Briefing.Core;

/// <summary>What loading a content folder gave: the model when there were no errors, and every diagnostic.</summary>
public sealed record LoadOutcome(BriefingModel? Model, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => DiagnosticCounts.HasErrors(Diagnostics);

    /// <summary>Where the content named what later stages may warn about (see <see cref="SourceMap"/>).</summary>
    public SourceMap Sources { get; init; } = SourceMap.Empty;
}

/// <summary>The front half of the pipeline: load → validate → model.</summary>
public static class BriefingContent
{
    /// <summary>Reads, validates and builds the model of a content folder.</summary>
    /// <param name="contentDirectory">The folder holding briefing.yaml.</param>
    /// <param name="limits">Guards against hostile files; the defaults suit real content.</param>
    /// <param name="cache">Keeps unchanged files parsed between loads (used by `serve`).</param>
    public static LoadOutcome Load(string contentDirectory, YamlLimits? limits = null, DocumentCache? cache = null)
    {
        var diagnostics = new DiagnosticBag();
        var content = Read(contentDirectory, diagnostics, limits, cache);
        var model = ValidateAndBuild(content, diagnostics);
        return new LoadOutcome(model, diagnostics.Sorted()) { Sources = SourceMap.Of(content, ContentReader.BriefingPath(contentDirectory)) };
    }

    /// <summary>The first stage on its own: every file read and bound, problems added to <paramref name="diagnostics"/>.</summary>
    public static ContentSet Read(string contentDirectory, DiagnosticBag diagnostics, YamlLimits? limits = null, DocumentCache? cache = null) =>
        new ContentReader(limits ?? YamlLimits.Default, cache).Read(contentDirectory, diagnostics);

    /// <summary>The second stage on its own: the rules, then the model; null when any error was found, before or during.</summary>
    public static BriefingModel? ValidateAndBuild(ContentSet content, DiagnosticBag diagnostics)
    {
        Validator.Default.Validate(content, diagnostics);
        return diagnostics.HasErrors ? null : ModelBuilder.Build(content);
    }
}
