using System.Globalization;
using Briefing.Core.Model;
using Briefing.Site.Views;

namespace Briefing.Site.Map;

/// <summary>Lays the relationship graph out on a circle and formats it for the SVG partial.</summary>
internal static class MapViewBuilder
{
    private const double Width = 880;
    private const double Height = 500;
    private const double Radius = 190;
    private const double NodeRadius = 9;

    public static MapView Build(RelationshipGraph graph, Func<string, string> companyHref, Func<string, string> dealHref)
    {
        var names = graph.Nodes.ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
        var places = CircularLayout.Place(
                [.. graph.Nodes.Select(n => n.Id)],
                [.. graph.Edges.Select(e => (e.From, e.To))],
                Width / 2, Height / 2, Radius)
            .ToDictionary(p => p.Id, StringComparer.Ordinal);

        var nodes = graph.Nodes.Select(n =>
        {
            var p = places[n.Id];
            var (dx, dy) = (Math.Cos(p.Angle), Math.Sin(p.Angle));
            var anchor = dx > 0.3 ? "start" : dx < -0.3 ? "end" : "middle";
            var labelX = p.X + (dx * (NodeRadius + 8));
            var labelY = p.Y + (dy * (NodeRadius + 12)) + 5;
            return new MapNodeView(companyHref(n.Id), n.Name, N(p.X), N(p.Y), N(labelX), N(labelY), anchor);
        }).ToList();

        var edges = new List<MapEdgeView>();
        foreach (var pair in graph.Edges.GroupBy(e => PairKey(e.From, e.To)))
        {
            var list = pair.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                // Spread parallel edges: 0, +1, -1, +2 … times the bend.
                var bend = (i % 2 == 0 ? 1 : -1) * ((i + 1) / 2) * 36.0;
                edges.Add(Edge(list[i], places[list[i].From], places[list[i].To], bend, names, companyHref, dealHref));
            }
        }

        return new MapView($"0 0 {N(Width)} {N(Height)}", nodes, edges);
    }

    private static MapEdgeView Edge(
        GraphEdge edge,
        (string Id, double X, double Y, double Angle) from,
        (string Id, double X, double Y, double Angle) to,
        double bend,
        Dictionary<string, string> names,
        Func<string, string> companyHref,
        Func<string, string> dealHref)
    {
        var (mx, my) = ((from.X + to.X) / 2, (from.Y + to.Y) / 2);
        var (dx, dy) = (to.X - from.X, to.Y - from.Y);
        var length = Math.Max(1, Math.Sqrt((dx * dx) + (dy * dy)));
        var (nx, ny) = (-dy / length, dx / length);
        var (cx, cy) = (mx + (nx * bend * 2), my + (ny * bend * 2));
        var path = $"M {N(from.X)} {N(from.Y)} Q {N(cx)} {N(cy)} {N(to.X)} {N(to.Y)}";
        var (labelX, labelY) = (mx + (nx * bend), my + (ny * bend));

        if (edge.Deal is not { } deal)
        {
            return new MapEdgeView(
                companyHref(edge.Subsidiary!.Id), $"{edge.Subsidiary.Name}, subsidiary of {names[edge.From]}", path, true, "",
                N(labelX), N(labelY), N(labelX), N(labelY), "0");
        }

        var label = deal.KeyDate?.Year.ToString(CultureInfo.InvariantCulture) ?? "";
        var plate = (label.Length * 7.5) + 8;
        return new MapEdgeView(
            dealHref(deal.Id), deal.Title, path, false, label, N(labelX), N(labelY + 4),
            N(labelX - (plate / 2)), N(labelY - 9), N(plate));
    }

    private static string PairKey(string a, string b) =>
        string.CompareOrdinal(a, b) < 0 ? $"{a}|{b}" : $"{b}|{a}";

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
