using Briefing.Layout.Canvas;

namespace Briefing.Layout.Text;

/// <summary>A <see cref="TextStyle"/> with every value decided.</summary>
internal sealed record ResolvedStyle(string FontFamily, double Size, bool Bold, bool Italic, Color Color, bool Underline, double LineHeight)
{
    public static ResolvedStyle From(TextStyle style) => new(
        style.FontFamily ?? "DejaVu Sans",
        style.Size ?? 10,
        style.Bold ?? false,
        style.Italic ?? false,
        style.Color ?? Canvas.Color.Black,
        style.Underline ?? false,
        style.LineHeight ?? 1.3);
}
