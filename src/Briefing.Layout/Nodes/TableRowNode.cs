using Briefing.Layout.Canvas;

namespace Briefing.Layout.Nodes;

/// <summary>One table row: a cell per column, all as tall as the tallest. Splits every cell at the same height.</summary>
internal sealed class TableRowNode : LayoutNode
{
    private readonly IReadOnlyList<LayoutNode?> _cells;
    private readonly IReadOnlyList<Color?> _backgrounds;
    private readonly TableGeometry _geometry;
    private readonly bool _splittable;

    public TableRowNode(IReadOnlyList<LayoutNode?> cells, IReadOnlyList<Color?> backgrounds, TableGeometry geometry, bool splittable)
    {
        _cells = cells;
        _backgrounds = backgrounds;
        _geometry = geometry;
        _splittable = splittable;
        Height = cells.Select(c => c?.Height ?? 0).DefaultIfEmpty(0).Max() + geometry.Padding.Vertical;
    }

    public override double Height { get; }

    public override NodeSplit Split(double available, bool mustPlace)
    {
        if (Fits(Height, available))
        {
            return NodeSplit.Whole(this);
        }

        if (!_splittable && !mustPlace)
        {
            return NodeSplit.Nothing(this);
        }

        var inner = Math.Max(0, available - _geometry.Padding.Vertical);
        var heads = new List<LayoutNode?>();
        var tails = new List<LayoutNode?>();
        foreach (var cell in _cells)
        {
            if (cell is null || Fits(cell.Height, inner))
            {
                heads.Add(cell);
                tails.Add(null);
                continue;
            }

            var split = cell.Split(inner, mustPlace);
            if (split.Head is null)
            {
                return NodeSplit.Nothing(this);
            }

            heads.Add(split.Head);
            tails.Add(split.Tail);
        }

        return new NodeSplit(
            new TableRowNode(heads, _backgrounds, _geometry, _splittable),
            new TableRowNode(tails, _backgrounds, _geometry, _splittable));
    }

    public override void Draw(DrawContext context, double x, double y)
    {
        for (var i = 0; i < _cells.Count; i++)
        {
            var rect = new Canvas.Rect(x + _geometry.ColumnX[i], y, _geometry.ColumnWidths[i], Height);
            if (_backgrounds[i] is { } fill)
            {
                context.Rectangle(rect, fill, null);
            }

            _cells[i]?.Draw(context, rect.X + _geometry.Padding.Left, y + _geometry.Padding.Top);
            if (_geometry.Border is { } border)
            {
                context.Rectangle(rect, null, border);
            }
        }
    }
}
