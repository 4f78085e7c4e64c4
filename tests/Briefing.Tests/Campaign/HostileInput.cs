namespace Briefing.Tests.Campaign;

/// <summary>
/// One row of the hostile-input campaign: what to do to a copy of the content (or to the files
/// around it), the command to run, and how it must end: the exit code, and the diagnostic code
/// printed at file:line:col (null when the run must succeed without one in particular).
/// </summary>
public sealed record HostileInput(string Name, string[] Command, int Exit, string? Code, Action<string> Arrange)
{
    public override string ToString() => Name;
}
