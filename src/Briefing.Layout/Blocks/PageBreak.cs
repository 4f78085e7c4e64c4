namespace Briefing.Layout.Blocks;

/// <summary>Starts a new page (ignored at the top of a page, so it never makes a blank one).</summary>
public sealed record PageBreak : Block;
