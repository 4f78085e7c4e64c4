using Briefing.Site.Map;
using Briefing.Site.Tests.Fixtures;

namespace Briefing.Site.Tests.Map;

public sealed class RelationshipMapTests
{
    [Fact]
    public void Companies_in_deals_and_their_families_are_nodes_news_organisations_are_not()
    {
        var graph = RelationshipGraph.From(SampleBriefing.Create());

        Assert.Equal(["baic-bluepark", "baic-foton", "baic-group", "bjev", "catl", "great-wall", "xiaomi"], graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal(4, graph.Edges.Count(e => e.Deal is not null));
        Assert.Contains(graph.Edges, e => e.Subsidiary?.Id == "bjev" && e.From == "baic-bluepark");
    }

    [Fact]
    public void The_layout_is_deterministic_and_the_sample_map_has_no_crossing_lines()
    {
        var graph = RelationshipGraph.From(SampleBriefing.Create());
        var nodes = graph.Nodes.Select(n => n.Id).ToList();
        var edges = graph.Edges.Select(e => (e.From, e.To)).ToList();

        var first = CircularLayout.Place(nodes, edges, 380, 250, 190);
        var second = CircularLayout.Place(nodes, edges, 380, 250, 190);

        Assert.Equal(first, second);
        var order = first.Select(p => p.Id).ToList();
        var position = nodes.Select(n => order.IndexOf(n)).ToArray();
        var chords = edges.Select(e => (nodes.IndexOf(e.From), nodes.IndexOf(e.To))).ToList();
        Assert.Equal(0, CircularLayout.Crossings(position, chords));
    }

    [Fact]
    public void Crossings_counts_chords_that_cut_each_other()
    {
        // Square 0-1-2-3: the diagonals cross, the sides do not.
        Assert.Equal(1, CircularLayout.Crossings([0, 1, 2, 3], [(0, 2), (1, 3)]));
        Assert.Equal(0, CircularLayout.Crossings([0, 1, 2, 3], [(0, 1), (2, 3)]));
        Assert.Equal(0, CircularLayout.Crossings([0, 1, 2, 3], [(0, 2), (2, 3)]));
    }

    [Fact]
    public void Parallel_deals_between_one_pair_curve_apart()
    {
        var graph = new RelationshipGraph(
            [.. SampleBriefing.Create().Companies.Where(c => c.Id is "catl" or "xiaomi")],
            [new GraphEdge("catl", "xiaomi", SampleBriefing.Create().Deals[0], null), new GraphEdge("catl", "xiaomi", SampleBriefing.Create().Deals[1], null)]);

        var map = MapViewBuilder.Build(graph, id => id, id => id);

        Assert.NotEqual(map.Edges[0].Path, map.Edges[1].Path);
    }
}
