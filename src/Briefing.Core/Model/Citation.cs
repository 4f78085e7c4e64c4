namespace Briefing.Core.Model;

/// <summary>A pointer into a source: its id and, optionally, where in it.</summary>
public sealed record Citation(string SourceId, string? At = null);
