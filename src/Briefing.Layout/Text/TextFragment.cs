using Briefing.Layout.Fonts;

namespace Briefing.Layout.Text;

/// <summary>A string drawn in one face and style at an x offset within its line.</summary>
internal sealed record TextFragment(string Text, double X, double Width, TextPiece Sample)
{
    public FontFace Face => Sample.Face;

    public LinkTarget? Link => Sample.Link;
}
