namespace Briefing.Core.Model;

/// <summary>
/// Items grouped under each key they name, built in one pass: a page asks "the facts of this deal"
/// in constant time instead of scanning every fact, so a site of n pages costs n, not n².
/// Each list keeps the items' order, and holds an item once even when it names a key twice.
/// </summary>
internal sealed class LookupIndex<T>
    where T : class
{
    private readonly Dictionary<string, List<T>> _lists = new(StringComparer.Ordinal);

    public LookupIndex(IEnumerable<T> items, Func<T, IEnumerable<string?>> keys)
    {
        foreach (var item in items)
        {
            foreach (var key in keys(item))
            {
                if (key is null)
                {
                    continue;
                }

                if (!_lists.TryGetValue(key, out var list))
                {
                    _lists[key] = list = [];
                }

                // Items arrive in order, so a repeated key for the same item is always at the end.
                if (list.Count == 0 || !ReferenceEquals(list[^1], item))
                {
                    list.Add(item);
                }
            }
        }
    }

    public IReadOnlyList<T> this[string key] => _lists.TryGetValue(key, out var list) ? list : [];
}
