using System.Globalization;
using Briefing.Core.Model;

namespace Briefing.Site.Map;

/// <summary>Lays the relationship graph out on a circle and formats it for the SVG partial.</summary>
internal static class MapViewBuilder
{
    private const double Width = 800;
    private const double Height = 520;
    private const double Radius = 180;
    private const double NodeRadius = 9;
    private const double Margin = 6;

    /// <summary>Room along the circle for each dot and its name: a map of more companies than fit on <see cref="Radius"/> gets a larger circle.</summary>
    private const double NodeSpacing = 24;

    /// <summary>Label sizes in user units. On a phone the map keeps its natural size and scrolls sideways rather than shrink them.</summary>
    private const double NodeFont = 16;
    private const double EdgeFont = 14;

    /// <summary>The map's natural size in px per user unit: names at 16 px. A phone keeps it and scrolls sideways.</summary>
    private const double DisplayScale = 1;

    // A hub sits this far from the centre of the map, relative to its parties' centroid: parties that
    // are neighbours on the circle would otherwise have their hub almost on top of the middle one.
    private const double HubPull = 0.6;

    /// <summary>The room a name has beside its dot; longer names break into lines.</summary>
    private static readonly LabelFrame LabelRoom = new(
        Width, Height, Margin, NodeRadius + 7, (Width / 2) - Radius - NodeRadius - 7 - Margin, NodeFont);

    public static MapView Build(RelationshipGraph graph, Func<string, string> companyHref, Func<string, string> dealHref)
    {
        var names = graph.Nodes.ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
        var places = CircularLayout.Place(
                [.. graph.Nodes.Select(n => n.Id)],
                [.. graph.Edges.SelectMany(e => e.Pairs)],
                Width / 2, Height / 2, Math.Max(Radius, graph.Nodes.Count * NodeSpacing / (2 * Math.PI)))
            .ToDictionary(p => p.Id, StringComparer.Ordinal);

        // Everything drawn, as boxes: the viewBox is cropped to them, so no room is wasted and nothing is cut.
        var drawn = new List<Box>();
        var nodes = graph.Nodes.Select(n =>
        {
            var p = places[n.Id];
            var (anchor, lines, box) = NodeLabel.Place(n.Name, p.X, p.Y, p.Angle, LabelRoom);
            drawn.Add(box);
            drawn.Add(Around(p.X, p.Y, NodeRadius + 2));
            return new MapNodeView(companyHref(n.Id), n.Name, N(p.X), N(p.Y), anchor, lines);
        }).ToList();

        var edges = new List<MapEdgeView>();
        foreach (var group in graph.Edges.GroupBy(e => Key(e.Companies)))
        {
            var list = group.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                // Spread edges between the same companies: 0, +1, -1, +2 … times the spacing.
                var spread = (i % 2 == 0 ? 1 : -1) * ((i + 1) / 2);
                var points = list[i].Companies.Select(id => (places[id].X, places[id].Y)).ToList();
                var (edge, extent) = list[i].JoinsMany
                    ? Hub(list[i], points, spread, dealHref)
                    : Line(list[i], points[0], points[1], spread * 36.0, names, companyHref, dealHref);
                edges.Add(edge);
                drawn.Add(extent);
            }
        }

        if (drawn.Count == 0)
        {
            // No company is tied to another yet: nothing to draw, and the page says so.
            return new MapView("0 0 0 0", "0", "0", N(NodeFont), [], [], false);
        }

        var left = drawn.Min(b => b.Left) - Margin;
        var top = drawn.Min(b => b.Top) - Margin;
        var (width, height) = (drawn.Max(b => b.Right) + Margin - left, drawn.Max(b => b.Bottom) + Margin - top);
        return new MapView(
            $"{N(left)} {N(top)} {N(width)} {N(height)}",
            N(Math.Round(width * DisplayScale)),
            N(Math.Round(height * DisplayScale)),
            N(NodeFont),
            nodes,
            edges,
            edges.Any(e => e.Hub is not null));
    }

    private static (MapEdgeView, Box) Line(
        GraphEdge edge,
        (double X, double Y) from,
        (double X, double Y) to,
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
        // At its middle a quadratic curve is half as far out as its control point: the label sits on the
        // line there, and that is where the curve bulges furthest.
        var (labelX, labelY) = (mx + (nx * bend), my + (ny * bend));
        var extent = Around(labelX, labelY, 2);
        if (edge.Deal is not { } deal)
        {
            var subsidiary = edge.Subsidiary!;
            return (new MapEdgeView(
                companyHref(subsidiary.Id), $"{subsidiary.Name}, subsidiary of {names[edge.Companies[0]]}", path, true, null, null), extent);
        }

        var (label, plate) = Label(deal, labelX, labelY);
        return (new MapEdgeView(dealHref(deal.Id), deal.Title, path, false, null, label), plate ?? extent);
    }

    /// <summary>A deal of three or more parties: one hub, a straight spoke to each party, the year on the hub.</summary>
    private static (MapEdgeView, Box) Hub(GraphEdge edge, IReadOnlyList<(double X, double Y)> parties, int spread, Func<string, string> dealHref)
    {
        var deal = edge.Deal!;
        var (cx, cy) = (parties.Average(p => p.X), parties.Average(p => p.Y));
        var hx = (Width / 2) + ((cx - (Width / 2)) * HubPull);
        // Deals among the same parties stack their hubs one plate apart.
        var hy = (Height / 2) + ((cy - (Height / 2)) * HubPull) + (spread * (EdgeFont + 14));
        var path = string.Join(' ', parties.Select(p => $"M {N(hx)} {N(hy)} L {N(p.X)} {N(p.Y)}"));
        var (label, plate) = Label(deal, hx, hy);
        return (new MapEdgeView(dealHref(deal.Id), deal.Title, path, false, new MapPointView(N(hx), N(hy)), label), plate ?? Around(hx, hy, 6));
    }

    private static (MapEdgeLabelView?, Box?) Label(Deal deal, double x, double y)
    {
        if (deal.KeyDate is not { } date)
        {
            return (null, null);
        }

        var text = date.Year.ToString(CultureInfo.InvariantCulture);
        var (width, height) = (LabelText.Width(text, EdgeFont) + 8, EdgeFont + 6);
        var plate = new Box(x - (width / 2), y - (height / 2), width, height);
        return (new MapEdgeLabelView(
            text, N(x), N(y + (EdgeFont * 0.35)), N(EdgeFont), N(plate.Left), N(plate.Top), N(plate.Width), N(plate.Height)), plate);
    }

    private static Box Around(double x, double y, double radius) => new(x - radius, y - radius, 2 * radius, 2 * radius);

    /// <summary>The same companies in any order give the same key: deals among them are spread apart.</summary>
    private static string Key(IReadOnlyList<string> companies) =>
        string.Join('|', companies.Order(StringComparer.Ordinal));

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
