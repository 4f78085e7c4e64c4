using Briefing.Site.Views;

namespace Briefing.Site.Map;

/// <summary>The relationship map ready for SVG, plus the same information as text.</summary>
/// <remarks>
/// <c>ViewBox</c>: cropped to what is drawn; every name lies inside it.<br/>
/// <c>Width</c>, <c>Height</c>: the SVG's natural size in px (width and height attributes). It shrinks
/// to fit a frame narrower than that, but not on a phone, where it scrolls sideways so names stay readable.<br/>
/// <c>NodeFontSize</c>: the names' size in SVG user units, set on the SVG itself so that the
/// drawing uses the size the layout measured names with (edge labels carry theirs).<br/>
/// <c>HasHub</c>: some deal has three or more parties, so the legend explains hubs.<br/>
/// </remarks>
internal sealed record MapView(
    string ViewBox,
    string Width,
    string Height,
    string NodeFontSize,
    IReadOnlyList<MapNodeView> Nodes,
    IReadOnlyList<MapEdgeView> Edges,
    bool HasHub);

/// <summary>A company: a dot and its name (in one or more lines, kept inside the viewBox), linked to its page.</summary>
internal sealed record MapNodeView(string Href, string Name, string Cx, string Cy, string Anchor, IReadOnlyList<MapTextLineView> Lines);

/// <summary>A line of a label: where its baseline starts (or centres, or ends, by the anchor) and its text.</summary>
internal sealed record MapTextLineView(string X, string Y, string Text);

/// <summary>A deal or ownership line, linked to the deal or the subsidiary's page.</summary>
/// <remarks>
/// <c>Path</c>: SVG path data. Parallel deals between one pair curve apart; a deal of three or
/// more parties is one spoke from its hub to each party, so it reads as one deal.<br/>
/// <c>Hub</c>: where a many-party deal's spokes meet; null for two-party deals and ownership.<br/>
/// <c>Label</c>: the deal's year on a plate (so lines passing under it do not cross the text),
/// at the middle of a line or on the hub; null for ownership or a deal without a date.<br/>
/// </remarks>
internal sealed record MapEdgeView(
    string Href, string Title, string Path, bool IsOwnership, MapPointView? Hub, MapEdgeLabelView? Label);

/// <summary>A point in SVG user units.</summary>
internal sealed record MapPointView(string X, string Y);

/// <summary>An edge's label: the text's centre and baseline, its size in user units, and the plate behind it.</summary>
internal sealed record MapEdgeLabelView(
    string Text, string X, string Y, string FontSize, string BoxX, string BoxY, string BoxWidth, string BoxHeight);

/// <summary>The map's text alternative: one line per company with its links.</summary>
internal sealed record MapCompanyView(LinkView Company, IReadOnlyList<LinkView> Deals, LinkView? Parent);
