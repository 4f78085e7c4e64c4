namespace Briefing.Layout.Blocks;

/// <summary>Whether list items are marked with bullets or numbers.</summary>
public enum ListKind
{
    /// <summary>Bullets: •, then ◦ and ▪ for nested lists.</summary>
    Bulleted,

    /// <summary>1. 2. 3.</summary>
    Numbered,
}
