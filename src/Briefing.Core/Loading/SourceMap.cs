using Briefing.Core.Diagnostics;

namespace Briefing.Core.Loading;

/// <summary>
/// Where briefing.yaml named what a later stage may warn about (the theme's fonts), captured when the file
/// was bound: a render-stage warning points at its line without the file being read again, and so always
/// at the version of the file the build used.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, SourceSpan> _fonts;
    private readonly SourceSpan _theme;

    private SourceMap(SourceSpan theme, Dictionary<string, SourceSpan> fonts)
    {
        _theme = theme;
        _fonts = fonts;
    }

    /// <summary>Knows no place: every lookup gives <see cref="SourceSpan.None"/>.</summary>
    public static SourceMap Empty { get; } = new(SourceSpan.None, new(StringComparer.Ordinal));

    /// <summary>The places in the content as read; the briefing file's first line when it has no theme.</summary>
    public static SourceMap Of(ContentSet content, string briefingPath)
    {
        ArgumentNullException.ThrowIfNull(content);
        var fonts = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        if (content.Briefing?.Theme is not { } theme)
        {
            return new SourceMap(new SourceSpan(briefingPath, 1, 1), fonts);
        }

        // The body font is named first in the file's order of importance: it wins when both name one family.
        foreach (var (family, field) in new[] { (theme.BodyFont, nameof(theme.BodyFont)), (theme.HeadingFont, nameof(theme.HeadingFont)) })
        {
            if (family is not null)
            {
                fonts.TryAdd(family, theme.SpanOf(field));
            }
        }

        return new SourceMap(theme.Span, fonts);
    }

    /// <summary>Where the theme names a font family; the theme itself when it does not.</summary>
    public SourceSpan FontFamily(string family) => _fonts.TryGetValue(family, out var span) ? span : _theme;
}
