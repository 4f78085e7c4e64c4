using Briefing.Core.Diagnostics;
using Briefing.Core.Model;
using Briefing.Core.Output;

namespace Briefing.Pipeline;

/// <summary>
/// What one build produced: the files (null when it stopped), every diagnostic, and how long
/// each stage took with a word on what it made.
/// </summary>
internal sealed record BuildResult(
    BriefingModel? Model,
    IReadOnlyList<OutputFile>? Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<StageTiming> Stages)
{
    public bool Succeeded => Files is not null;
}

/// <summary>One stage's name, duration and a short description of its result.</summary>
internal sealed record StageTiming(string Name, long Milliseconds, string Description);
