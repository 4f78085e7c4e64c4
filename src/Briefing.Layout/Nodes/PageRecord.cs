namespace Briefing.Layout.Nodes;

/// <summary>The canvas operations of one laid-out page, kept so the final pass can be replayed on any canvas.</summary>
internal sealed class PageRecord
{
    private readonly List<Action<Canvas.ICanvas>> _operations = [];

    public PageRecord(int number, double width, double height)
    {
        Number = number;
        Width = width;
        Height = height;
    }

    public int Number { get; }

    public double Width { get; }

    public double Height { get; }

    public void Add(Action<Canvas.ICanvas> operation) => _operations.Add(operation);

    public void Replay(Canvas.ICanvas canvas)
    {
        canvas.BeginPage(Width, Height);
        foreach (var operation in _operations)
        {
            operation(canvas);
        }
    }
}
