namespace Briefing.Layout.Fonts;

/// <summary>Where fonts come from and what stands in when a family or a glyph is missing.</summary>
public sealed record FontSettings
{
    /// <summary>Folders searched (recursively) for .ttf, .otf and .ttc files, before the system folders.</summary>
    public IReadOnlyList<string> Folders { get; init; } = [];

    /// <summary>Also search the operating system's font folders (on Linux /usr/share/fonts and friends).</summary>
    public bool UseSystemFonts { get; init; } = true;

    /// <summary>
    /// Where found and loaded fonts are kept between documents: the host's own library, so its documents share
    /// the work and another host's never see it. Null: a library of the document's own (fonts read afresh).
    /// </summary>
    public FontLibrary? Library { get; init; }

    /// <summary>The family used when a requested family is not installed.</summary>
    public string FallbackFamily { get; init; } = "DejaVu Sans";

    /// <summary>
    /// Families tried, in order, for characters the requested family has no glyph for (e.g. Chinese names in a
    /// Latin text), before every other installed family is tried alphabetically.
    /// </summary>
    public IReadOnlyList<string> FallbackFamilies { get; init; } =
        ["DejaVu Sans", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback", "AR PL UMing CN"];

    /// <summary>The system font folders of the current operating system.</summary>
    public static IReadOnlyList<string> SystemFolders()
    {
        if (OperatingSystem.IsWindows())
        {
            return [Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Windows), "Fonts")];
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return OperatingSystem.IsMacOS()
            ? ["/System/Library/Fonts", "/Library/Fonts", Path.Combine(home, "Library/Fonts")]
            : ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".local/share/fonts"), Path.Combine(home, ".fonts")];
    }

    internal IReadOnlyList<string> EffectiveFolders() =>
        UseSystemFonts ? [.. Folders, .. SystemFolders()] : Folders;
}
