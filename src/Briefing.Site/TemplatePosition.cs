namespace Briefing.Site;

/// <summary>A place in a template file: its path as given to the renderer, 1-based line and column.</summary>
public sealed record TemplatePosition(string File, int Line, int Column)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
