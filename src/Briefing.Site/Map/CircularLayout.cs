namespace Briefing.Site.Map;

/// <summary>
/// Places nodes on a circle in a deterministic order. For small maps it tries every order and
/// keeps the one with the fewest crossing lines, then the shortest; mid-sized maps start from a
/// breadth-first walk (linked companies side by side) and swap pairs while that removes
/// crossings; large maps keep the walk, whose cost grows as (nodes + edges) · log, where swapping
/// grows as the fourth power and would never finish. The same model always gives the same picture.
/// </summary>
internal static class CircularLayout
{
    // 8 nodes: 7! = 5,040 orders with the first node fixed (rotations look alike); cheap enough.
    private const int ExhaustiveLimit = 8;

    // A swap pass scores n²/2 orders at E²/2 chord pairs each: at 40 nodes and 80 lines, 1.3 billion
    // steps a pass at worst. The example's map (15 nodes) is far below; larger maps keep the walk.
    private const int SwapNodeLimit = 40;
    private const int SwapChordLimit = 80;

    // Each pass strictly lowers the score; a cap keeps even a pathological mid-sized map bounded.
    private const int MaxSwapPasses = 25;

    public static IReadOnlyList<(string Id, double X, double Y, double Angle)> Place(
        IReadOnlyList<string> nodes, IReadOnlyList<(string From, string To)> edges, double centreX, double centreY, double radius,
        LayoutSteps? steps = null)
    {
        steps ??= new LayoutSteps();
        var order = nodes.Count <= ExhaustiveLimit ? BestOrder(nodes, edges, steps)
            : nodes.Count <= SwapNodeLimit && edges.Count <= SwapChordLimit ? ImprovedBySwaps(WalkOrder(nodes, edges, steps), edges, steps)
            : WalkOrder(nodes, edges, steps);
        return [.. order.Select((id, i) =>
        {
            // Start at the top and go clockwise.
            var angle = (-Math.PI / 2) + (2 * Math.PI * i / Math.Max(1, order.Count));
            return (id, centreX + (radius * Math.Cos(angle)), centreY + (radius * Math.Sin(angle)), angle);
        })];
    }

    /// <summary>Chords (a,b) and (c,d) of a circle cross when exactly one of c, d lies strictly between a and b.</summary>
    internal static int Crossings(IReadOnlyList<int> position, IReadOnlyList<(int A, int B)> chords, LayoutSteps? steps = null)
    {
        steps?.Add((long)chords.Count * chords.Count / 2);
        var count = 0;
        for (var i = 0; i < chords.Count; i++)
        {
            var (a, b) = (Math.Min(position[chords[i].A], position[chords[i].B]), Math.Max(position[chords[i].A], position[chords[i].B]));
            for (var j = i + 1; j < chords.Count; j++)
            {
                var (c, d) = (position[chords[j].A], position[chords[j].B]);
                if (c == a || c == b || d == a || d == b)
                {
                    continue;
                }

                if ((a < c && c < b) != (a < d && d < b))
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static List<string> BestOrder(IReadOnlyList<string> nodes, IReadOnlyList<(string From, string To)> edges, LayoutSteps steps)
    {
        var index = nodes.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var chords = edges.Select(e => (index[e.From], index[e.To])).Where(c => c.Item1 != c.Item2).ToList();
        var n = nodes.Count;
        int[]? best = null;
        var bestScore = long.MaxValue;
        foreach (var order in Permutations([.. Enumerable.Range(1, Math.Max(0, n - 1))]))
        {
            int[] full = n == 0 ? [] : [0, .. order];
            var position = new int[n];
            for (var p = 0; p < n; p++)
            {
                position[full[p]] = p;
            }

            var score = Score(position, chords, n, steps);
            // Strictly better only: the first order found wins ties, and permutations come in a fixed order.
            if (score < bestScore)
            {
                (best, bestScore) = ([.. full], score);
            }
        }

        return [.. (best ?? []).Select(i => nodes[i])];
    }

    /// <summary>Swaps two nodes whenever that lowers the score, scanning pairs in a fixed order, until no swap helps.</summary>
    private static List<string> ImprovedBySwaps(List<string> order, IReadOnlyList<(string From, string To)> edges, LayoutSteps steps)
    {
        var index = order.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var chords = edges.Select(e => (index[e.From], index[e.To])).Where(c => c.Item1 != c.Item2).ToList();
        var n = order.Count;
        var position = Enumerable.Range(0, n).ToArray();
        var score = Score(position, chords, n, steps);
        for (var (improved, pass) = (true, 0); improved && pass < MaxSwapPasses; pass++)
        {
            improved = false;
            for (var a = 0; a < n; a++)
            {
                for (var b = a + 1; b < n; b++)
                {
                    (position[a], position[b]) = (position[b], position[a]);
                    var candidate = Score(position, chords, n, steps);
                    if (candidate < score)
                    {
                        (score, improved) = (candidate, true);
                    }
                    else
                    {
                        (position[a], position[b]) = (position[b], position[a]);
                    }
                }
            }
        }

        var placed = new string[n];
        for (var node = 0; node < n; node++)
        {
            placed[position[node]] = order[node];
        }

        return [.. placed];
    }

    private static long Score(int[] position, List<(int, int)> chords, int n, LayoutSteps steps) =>
        (Crossings(position, chords, steps) * 10_000L) + chords.Sum(c => CircularDistance(position[c.Item1], position[c.Item2], n));

    private static int CircularDistance(int a, int b, int n)
    {
        var d = Math.Abs(a - b);
        return Math.Min(d, n - d);
    }

    /// <summary>All orders of the items, in lexicographic order of the input.</summary>
    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Length; i++)
        {
            int[] rest = [.. items[..i], .. items[(i + 1)..]];
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }

    /// <summary>
    /// Breadth-first from each node not yet placed, in the nodes' order; a node's neighbours are
    /// visited in the nodes' order too. Adjacency lists are built once, so the walk is linear in the
    /// edges plus the sorting of each node's neighbours.
    /// </summary>
    private static List<string> WalkOrder(IReadOnlyList<string> nodes, IReadOnlyList<(string From, string To)> edges, LayoutSteps steps)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            index.TryAdd(nodes[i], i);
        }

        var neighbours = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (from, to) in edges)
        {
            Neighbours(from).Add(to);
            Neighbours(to).Add(from);
        }

        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in nodes)
        {
            if (!seen.Add(start))
            {
                continue;
            }

            var queue = new Queue<string>([start]);
            while (queue.TryDequeue(out var id))
            {
                order.Add(id);
                var next = neighbours.TryGetValue(id, out var list) ? list : [];
                steps.Add(1 + (next.Count * Log2(next.Count)));
                foreach (var n in next.OrderBy(n => index.GetValueOrDefault(n, -1)).Where(seen.Add))
                {
                    queue.Enqueue(n);
                }
            }
        }

        return order;

        List<string> Neighbours(string id)
        {
            steps.Add(1);
            if (!neighbours.TryGetValue(id, out var list))
            {
                neighbours[id] = list = [];
            }

            return list;
        }
    }

    private static long Log2(int count) => count < 2 ? 1 : 64 - long.LeadingZeroCount(count - 1);
}
