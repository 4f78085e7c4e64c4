namespace Briefing.Layout.Blocks;

/// <summary>Empty vertical space; dropped when it falls at the end of a page.</summary>
public sealed record Spacer(double Height) : Block;
