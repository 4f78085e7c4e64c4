namespace Briefing.Layout.Blocks;

/// <summary>The width of a table column or a side-by-side column: fixed points, or a share of what is left.</summary>
public readonly record struct ColumnWidth
{
    private ColumnWidth(double value, bool isFixed)
    {
        Value = value;
        IsFixed = isFixed;
    }

    public double Value { get; }

    public bool IsFixed { get; }

    /// <summary>Exactly this many points.</summary>
    public static ColumnWidth Fixed(double points) => new(points, true);

    /// <summary>A share of the width left after fixed columns: Relative(2) is twice as wide as Relative(1).</summary>
    public static ColumnWidth Relative(double weight = 1) => new(weight, false);

    /// <summary>Resolves widths against the total available width (minus gaps between columns).</summary>
    internal static double[] Resolve(IReadOnlyList<ColumnWidth> columns, double total, double gap)
    {
        var available = Math.Max(0, total - (gap * Math.Max(0, columns.Count - 1)));
        var fixedSum = columns.Where(c => c.IsFixed).Sum(c => c.Value);
        var weights = columns.Where(c => !c.IsFixed).Sum(c => c.Value);
        var share = weights > 0 ? Math.Max(0, available - fixedSum) / weights : 0;
        return [.. columns.Select(c => c.IsFixed ? c.Value : c.Value * share)];
    }
}
