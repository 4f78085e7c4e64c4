namespace Briefing.Core.Diagnostics;

/// <summary>A place in a content file: 1-based line and column, as editors count them.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    public static readonly SourceSpan None = new("", 0, 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
