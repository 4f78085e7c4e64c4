using System.Text.RegularExpressions;

namespace Briefing.Site.Styling;

/// <summary>
/// A CSS font-family list naming the theme's font first, then fonts the reader's system has.
/// No web fonts: the site makes no request elsewhere, so the theme font shows where installed.
/// </summary>
internal static partial class FontStack
{
    // CJK fallbacks so Chinese company names render with a matching system font.
    private const string SystemStack =
        "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, "
        + "\"Noto Sans\", \"Noto Sans CJK SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif";

    /// <summary>The stack for a theme font name; a name that is not plainly a font name is left out.</summary>
    public static string For(string? family) =>
        family is not null && SafeFamily().IsMatch(family) && !IsGeneric(family)
            ? $"\"{family}\", {SystemStack}"
            : SystemStack;

    private static bool IsGeneric(string family) =>
        family is "serif" or "sans-serif" or "monospace" or "system-ui";

    // Letters, digits, spaces and hyphens: every real family name, and nothing that can close a string or rule.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9 \\-]{0,62}$")]
    private static partial Regex SafeFamily();
}
