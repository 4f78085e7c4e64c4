namespace Briefing.Layout.Nodes;

/// <summary>
/// A run of child nodes that shares its container's list instead of copying it: an optional first node (the
/// rest of a child split at the previous page end), a range of the shared list, and an optional last node
/// (the part of a child that fits this page). Splitting a container at a page end makes two runs in constant
/// time and space however long the list is, so laying out a long section no longer copies the rest of it at
/// every page break.
/// </summary>
internal readonly struct NodeRun<T>
    where T : LayoutNode
{
    private readonly IReadOnlyList<T> _shared;
    private readonly int _start;
    private readonly int _end;
    private readonly T? _first;
    private readonly T? _last;

    public NodeRun(IReadOnlyList<T> shared)
        : this(shared, 0, shared.Count, null, null)
    {
    }

    private NodeRun(IReadOnlyList<T> shared, int start, int end, T? first, T? last)
    {
        _shared = shared;
        _start = start;
        _end = end;
        _first = first;
        _last = last;
    }

    public int Count => (_first is null ? 0 : 1) + (_end - _start) + (_last is null ? 0 : 1);

    public T this[int index] => SharedIndex(index) is { } shared ? _shared[shared] : index == 0 && _first is not null ? _first : _last!;

    /// <summary>Where an element sits in the shared list, or null for the first or last node of a split.</summary>
    public int? SharedIndex(int index)
    {
        var offset = index - (_first is null ? 0 : 1);
        return offset >= 0 && offset < _end - _start ? _start + offset : null;
    }

    /// <summary>The first <paramref name="count"/> elements, then <paramref name="last"/> if given.</summary>
    public NodeRun<T> Before(int count, T? last)
    {
        var keepsLast = count == Count && _last is not null;
        if (keepsLast && last is not null)
        {
            throw new InvalidOperationException("A run cannot end with two split parts.");
        }

        var first = count > 0 ? _first : null;
        var end = _start + Math.Clamp(count - (_first is null ? 0 : 1), 0, _end - _start);
        return new NodeRun<T>(_shared, _start, end, first, keepsLast ? _last : last);
    }

    /// <summary><paramref name="first"/> if given, then the elements from <paramref name="index"/> on.</summary>
    public NodeRun<T> From(int index, T? first)
    {
        var keepsFirst = index == 0 && _first is not null;
        if (keepsFirst && first is not null)
        {
            throw new InvalidOperationException("A run cannot start with two split parts.");
        }

        var start = _start + Math.Clamp(index - (_first is null ? 0 : 1), 0, _end - _start);
        return new NodeRun<T>(_shared, start, _end, keepsFirst ? _first : first, index < Count ? _last : null);
    }

    /// <summary>Whether any element satisfies a test, given the shared list's answers precomputed (see <see cref="NextMatch"/>).</summary>
    public bool Any(Func<T, bool> test, int[] nextMatch) =>
        (_first is not null && test(_first)) || (_last is not null && test(_last)) || (_end > _start && nextMatch[_start] < _end);

    /// <summary>For each index of a list, the first index at or after it whose element satisfies a test (the count when none).</summary>
    public static int[] NextMatch(IReadOnlyList<T> list, Func<T, bool> test)
    {
        var next = new int[list.Count + 1];
        next[list.Count] = list.Count;
        for (var i = list.Count - 1; i >= 0; i--)
        {
            next[i] = test(list[i]) ? i : next[i + 1];
        }

        return next;
    }
}
