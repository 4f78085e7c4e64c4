namespace Briefing.Core.Model;

/// <summary>The kinds of source a briefing cites.</summary>
public enum SourceKind
{
    PressRelease,
    NewsReport,
    ResearchNote,
    Republication,
    MachineTranslation,
}
