using Briefing.Site.Views;

namespace Briefing.Site.Map;

/// <summary>The relationship map ready for SVG, plus the same information as text.</summary>
internal sealed record MapView(
    string ViewBox,
    IReadOnlyList<MapNodeView> Nodes,
    IReadOnlyList<MapEdgeView> Edges);

/// <summary>A company: a dot and its name, linked to its page.</summary>
internal sealed record MapNodeView(string Href, string Name, string Cx, string Cy, string LabelX, string LabelY, string Anchor);

/// <summary>A deal or ownership line, linked to the deal or the subsidiary's page.</summary>
/// <remarks>
/// <c>Path</c>: SVG path data; parallel deals between one pair curve apart.<br/>
/// <c>Label</c>: A short label at the middle: the deal's year; empty for ownership.<br/>
/// <c>LabelBoxX</c>, <c>LabelBoxY</c>, <c>LabelBoxWidth</c>: a plate behind the label so lines passing under it do not cross the text.<br/>
/// </remarks>
internal sealed record MapEdgeView(
    string Href, string Title, string Path, bool IsOwnership, string Label, string LabelX, string LabelY,
    string LabelBoxX, string LabelBoxY, string LabelBoxWidth);

/// <summary>The map's text alternative: one line per company with its links.</summary>
internal sealed record MapCompanyView(LinkView Company, IReadOnlyList<LinkView> Deals, LinkView? Parent);
