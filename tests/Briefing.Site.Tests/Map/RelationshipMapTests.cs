using System.Globalization;
using Briefing.Core.Model;
using Briefing.Site.Map;
using Briefing.Testing.Fixtures;

namespace Briefing.Site.Tests.Map;

public sealed class RelationshipMapTests
{
    [Fact]
    public void Companies_in_deals_and_their_families_are_nodes_news_organisations_are_not()
    {
        var graph = RelationshipGraph.From(SampleBriefing.Create());

        Assert.Equal(["baic-bluepark", "baic-foton", "baic-group", "bjev", "catl", "great-wall", "xiaomi"], graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal(4, graph.Edges.Count(e => e.Deal is not null));
        Assert.Contains(graph.Edges, e => e.Subsidiary?.Id == "bjev" && e.Companies[0] == "baic-bluepark");
    }

    [Fact]
    public void The_layout_is_deterministic_and_the_sample_map_has_no_crossing_lines()
    {
        var graph = RelationshipGraph.From(SampleBriefing.Create());
        var nodes = graph.Nodes.Select(n => n.Id).ToList();
        var edges = graph.Edges.SelectMany(e => e.Pairs).ToList();

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
        var model = SampleBriefing.Create();
        var graph = new RelationshipGraph(
            [.. model.Companies.Where(c => c.Id is "catl" or "xiaomi")],
            [new GraphEdge(["catl", "xiaomi"], model.Deals[0], null), new GraphEdge(["catl", "xiaomi"], model.Deals[1], null)]);

        var map = MapViewBuilder.Build(graph, id => id, id => id);

        Assert.NotEqual(map.Edges[0].Path, map.Edges[1].Path);
    }

    [Fact]
    public void A_deal_of_three_parties_is_one_edge_a_hub_with_a_spoke_to_each_party_never_a_triangle()
    {
        var graph = RelationshipGraph.From(SampleBriefing.Create());
        var talks = Assert.Single(graph.Edges, e => e.Deal?.Id == "xiaomi-baic-2022");
        Assert.Equal(["xiaomi", "baic-group", "baic-bluepark"], talks.Companies);
        // Between BAIC Group and BAIC BluePark there is ownership only, no line that reads as a deal of theirs.
        Assert.DoesNotContain(graph.Edges, e => e.Deal is not null && e.Companies.Count == 2 && e.Companies.Contains("baic-bluepark"));

        var map = MapViewBuilder.Build(graph, id => "c:" + id, id => "d:" + id);
        var edge = Assert.Single(map.Edges, e => e.Href == "d:xiaomi-baic-2022");
        var hub = Assert.IsType<MapPointView>(edge.Hub);
        var centres = map.Nodes.ToDictionary(n => n.Href, n => $"{n.Cx} {n.Cy}");
        Assert.Equal(
            string.Join(' ', talks.Companies.Select(id => $"M {hub.X} {hub.Y} L {centres["c:" + id]}")),
            edge.Path);
        Assert.Equal("2022", edge.Label!.Text);
        Assert.Equal(hub.X, edge.Label.X);
        Assert.True(map.HasHub);
        Assert.All(map.Edges.Where(e => e != edge), e => Assert.Null(e.Hub));
    }

    [Fact]
    public void The_same_graph_gives_the_same_map()
    {
        var graph = RelationshipGraph.From(SampleBriefing.Create());

        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(MapViewBuilder.Build(graph, id => id, id => id)),
            System.Text.Json.JsonSerializer.Serialize(MapViewBuilder.Build(graph, id => id, id => id)));
    }

    [Fact]
    public void Long_names_break_into_lines_and_every_label_lies_inside_the_viewbox()
    {
        string[] names =
        [
            "BAIC BluePark New Energy Technology", "Contemporary Amperex Technology Co. Limited", "Xiaomi",
            "Great Wall Motor Company Limited", "BMW", "Zhejiang Geely Holding Group", "Baidu", "Beijing Electric Vehicle Co Ltd",
        ];
        var companies = names.Select((n, i) => new Company($"c{i}", n, null, [], null, [], null, [CompanyRole.Automaker], null, [], [])).ToList();
        var deal = SampleBriefing.Create().Deals[0];
        var edges = companies.Select((c, i) => new GraphEdge([c.Id, companies[(i + 1) % companies.Count].Id], deal, null)).ToList();

        var map = MapViewBuilder.Build(new RelationshipGraph(companies, edges), id => id, id => id);

        var box = map.ViewBox.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var (left, top, right, bottom) = (box[0], box[1], box[0] + box[2], box[1] + box[3]);
        var font = double.Parse(map.NodeFontSize, CultureInfo.InvariantCulture);
        Assert.True(font >= 16, "names are drawn at 16 px or more at the map's natural size");
        Assert.True(map.Nodes.Single(n => n.Name.StartsWith("Contemporary", StringComparison.Ordinal)).Lines.Count >= 2);
        foreach (var node in map.Nodes)
        {
            Assert.Equal(node.Name, string.Join(' ', node.Lines.Select(l => l.Text)));
            foreach (var line in node.Lines)
            {
                var (x, y) = (double.Parse(line.X, CultureInfo.InvariantCulture), double.Parse(line.Y, CultureInfo.InvariantCulture));
                var width = LabelText.Width(line.Text, font);
                var start = node.Anchor switch { "start" => x, "end" => x - width, _ => x - (width / 2) };
                Assert.True(start >= left && start + width <= right, $"'{line.Text}' runs across the side of the map ({start:0}–{start + width:0} outside {left:0}–{right:0})");
                Assert.True(y - font >= top && y + (font * 0.3) <= bottom, $"'{line.Text}' runs across the top or bottom of the map");
            }
        }
    }

    [Theory]
    [InlineData("BAIC BluePark New Energy Technology", 200, new[] { "BAIC BluePark New", "Energy Technology" })]
    [InlineData("BAIC BluePark New Energy Technology", 150, new[] { "BAIC BluePark", "New Energy", "Technology" })]
    [InlineData("BMW", 10, new[] { "BMW" })]
    [InlineData("Xiaomi", 180, new[] { "Xiaomi" })]
    public void Wrap_breaks_at_spaces_and_keeps_a_too_long_word_whole(string name, double maxWidth, string[] expected)
    {
        Assert.Equal(expected, LabelText.Wrap(name, maxWidth, 16));
    }
}
