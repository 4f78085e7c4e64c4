using Briefing.Site.Map;

namespace Briefing.Site.Tests.Map;

/// <summary>
/// The map's layout has a bounded cost: counted in steps (pairs of lines compared, neighbours
/// visited), not seconds, so the test means the same on a loaded machine. Swapping pairs to remove
/// crossings grows as the fourth power of the map; before the bound, 2,000 companies never finished.
/// </summary>
public sealed class CircularLayoutCostTests
{
    [Theory]
    [InlineData(200)]
    [InlineData(2_000)]
    public void A_large_graph_lays_out_within_n_log_n_steps_and_places_every_company_once(int companies)
    {
        var (nodes, edges) = Graph(companies);
        var steps = new LayoutSteps();

        var placed = CircularLayout.Place(nodes, edges, 400, 260, 180, steps);

        var size = nodes.Count + edges.Count;
        Assert.InRange(steps.Count, size, 8L * size * (long)Math.Ceiling(Math.Log2(size)));
        Assert.Equal(nodes.Order(StringComparer.Ordinal), placed.Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_large_graph_keeps_linked_companies_side_by_side()
    {
        var (nodes, edges) = Graph(2_000);

        var order = CircularLayout.Place(nodes, edges, 400, 260, 180).Select(p => p.Id).ToList();

        // Partners of one deal land near each other on the circle, not scattered round it: the map stays readable.
        var position = order.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var apart = edges.Select(e => Math.Abs(position[e.From] - position[e.To])).Order().ToList();
        Assert.True(apart[apart.Count / 2] <= 8, $"median distance between partners {apart[apart.Count / 2]}");
    }

    [Fact]
    public void Cost_grows_about_linearly_from_200_to_2000_companies()
    {
        long Steps(int n)
        {
            var (nodes, edges) = Graph(n);
            var steps = new LayoutSteps();
            CircularLayout.Place(nodes, edges, 400, 260, 180, steps);
            return steps.Count;
        }

        var ratio = (double)Steps(2_000) / Steps(200);
        Assert.InRange(ratio, 5, 20);
    }

    /// <summary>Groups of five companies, as the example's clones are: a chain of deals within the group, one deal to the next group.</summary>
    private static (List<string> Nodes, List<(string From, string To)> Edges) Graph(int companies)
    {
        var nodes = Enumerable.Range(0, companies).Select(i => $"c{i:D5}").ToList();
        var edges = new List<(string, string)>();
        for (var i = 0; i < companies; i++)
        {
            if (i % 5 != 4)
            {
                edges.Add((nodes[i], nodes[i + 1]));
            }

            if (i % 5 == 0 && i + 7 < companies)
            {
                edges.Add((nodes[i], nodes[i + 7]));
            }
        }

        return (nodes, edges);
    }
}
