namespace Briefing.Layout;

/// <summary>Distances from the four edges of an area (page margins, box padding), in points.</summary>
public readonly record struct Insets(double Top, double Right, double Bottom, double Left)
{
    /// <summary>The same distance on every side.</summary>
    public Insets(double all)
        : this(all, all, all, all)
    {
    }

    /// <summary>One distance for top and bottom, another for left and right.</summary>
    public Insets(double vertical, double horizontal)
        : this(vertical, horizontal, vertical, horizontal)
    {
    }

    public double Horizontal => Left + Right;

    public double Vertical => Top + Bottom;
}
