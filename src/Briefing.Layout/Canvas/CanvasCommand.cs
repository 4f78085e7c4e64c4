using System.Globalization;

namespace Briefing.Layout.Canvas;

/// <summary>One call recorded by <see cref="RecordingCanvas"/>, with the 1-based page it was made on.</summary>
public abstract record CanvasCommand(int Page)
{
    /// <summary>A stable one-line form, with coordinates rounded to 0.01 pt, for golden files.</summary>
    public abstract string Describe();

    protected static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
