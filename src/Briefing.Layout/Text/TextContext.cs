using System.Globalization;
using Briefing.Layout.Fonts;

namespace Briefing.Layout.Text;

/// <summary>What text layout needs from the engine: fonts, and page numbers of anchors from the previous pass.</summary>
internal sealed class TextContext
{
    private readonly ISet<string>? _referencedAnchors;

    public TextContext(FontSystem fonts, Func<string, int?> pageOfAnchor, ISet<string>? referencedAnchors = null)
    {
        Fonts = fonts;
        PageOfAnchor = pageOfAnchor;
        _referencedAnchors = referencedAnchors;
    }

    public FontSystem Fonts { get; }

    public Func<string, int?> PageOfAnchor { get; }

    /// <summary>The page number as text; "?" while unknown (the first pass, or an anchor that does not exist).</summary>
    public string PageNumberText(string anchor)
    {
        _referencedAnchors?.Add(anchor);
        return PageOfAnchor(anchor)?.ToString(CultureInfo.InvariantCulture) ?? "?";
    }
}
