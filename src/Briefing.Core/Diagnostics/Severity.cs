namespace Briefing.Core.Diagnostics;

/// <summary>How much a diagnostic matters: errors stop a build, warnings stop only a strict one.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
