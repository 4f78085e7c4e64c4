namespace Briefing.Layout.Text;

/// <summary>A laid-out line: fragments at x offsets, and its height split at the baseline.</summary>
internal sealed record TextLine(IReadOnlyList<TextFragment> Fragments, double Width, double Ascent, double Descent)
{
    public double Height => Ascent + Descent;
}
