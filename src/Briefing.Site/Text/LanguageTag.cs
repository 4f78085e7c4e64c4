using System.Text.RegularExpressions;

namespace Briefing.Site.Text;

/// <summary>Language tags for <c>lang</c> attributes; anything that does not look like BCP 47 is dropped.</summary>
internal static partial class LanguageTag
{
    /// <summary>The tag when it is well formed, else null.</summary>
    public static string? Clean(string? tag) =>
        tag is not null && Shape().IsMatch(tag) ? tag : null;

    /// <summary>True when two tags name the same primary language ("zh" and "zh-Hans").</summary>
    public static bool SamePrimary(string? a, string? b) =>
        a is not null && b is not null
        && string.Equals(a.Split('-')[0], b.Split('-')[0], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex Shape();
}
