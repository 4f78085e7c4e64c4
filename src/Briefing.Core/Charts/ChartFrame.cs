namespace Briefing.Core.Charts;

/// <summary>
/// The space a chart is laid out in and how text is measured there. The site passes SVG viewBox
/// units and an estimate; a PDF would pass points and its font's real measure.
/// </summary>
public sealed record ChartFrame(double Width, double FontSize, Func<string, double, double> MeasureText)
{
    /// <summary>A 640-unit wide frame with 14-unit text, measured by estimate.</summary>
    public static ChartFrame Default { get; } = new(640, 14, Estimate);

    public double LineHeight => FontSize * 1.3;

    /// <summary>Average advance of a proportional sans-serif: good enough to keep labels clear of each other.</summary>
    public static double Estimate(string text, double fontSize) => text.Length * fontSize * 0.56;
}
