using Briefing.Core.Model;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Briefing.Core.Loading.Documents;

/// <summary>The briefing itself: title, edition, narrative and design: <c>briefing.yaml</c>.</summary>
public sealed class BriefingDocument : YamlObject
{
    [JsonRequired]
    public string Title { get; set; } = "";

    public string? Subtitle { get; set; }

    [JsonRequired, Format(ValueFormat.PartialDate), Description("The edition date; also the PDF's creation date.")]
    public string Edition { get; set; } = "";

    [JsonRequired, Description("Who publishes the briefing.")]
    public string Publisher { get; set; } = "";

    [JsonRequired]
    public List<string> Authors { get; set; } = [];

    [Format(ValueFormat.Language), Description("Language of the briefing; en when left out.")]
    public string? Language { get; set; }

    [JsonRequired, Format(ValueFormat.Markdown)]
    public string ExecutiveSummary { get; set; } = "";

    [JsonRequired, Description("The points a reader must take away, each citing facts.")]
    public List<PointEntry> Takeaways { get; set; } = [];

    [Description("Fact ids of the figures to show large.")]
    public List<string>? KeyFigures { get; set; }

    [JsonRequired, Description("Risks, each citing facts.")]
    public List<PointEntry> Risks { get; set; } = [];

    [JsonRequired, Description("Outlook, each citing facts.")]
    public List<PointEntry> Outlook { get; set; } = [];

    [Format(ValueFormat.Markdown), Description("How the facts were curated, for the method page.")]
    public string? Method { get; set; }

    [Description("Brand colour and fonts.")]
    public ThemeEntry? Theme { get; set; }

    [JsonRequired, Description("The PDF's sections, in order.")]
    public List<SectionKind> Sections { get; set; } = [];

    [Description("Folder of the sources' stored copies (plain text), relative to this file; outside content/ and never published. "
        + "When it is there, check verifies each cited paragraph, figure and quoted phrase against it.")]
    public string? Archive { get; set; }
}

/// <summary>A takeaway, risk or outlook point.</summary>
public sealed class PointEntry : YamlObject
{
    [JsonRequired, Format(ValueFormat.Markdown)]
    public string Text { get; set; } = "";

    [JsonRequired, Description("Ids of the facts the point rests on.")]
    public List<string> Facts { get; set; } = [];
}

/// <summary>The design choices an analyst may make.</summary>
public sealed class ThemeEntry : YamlObject
{
    [Format(ValueFormat.Color), Description("The brand colour, #rrggbb.")]
    public string? BrandColor { get; set; }

    [Format(ValueFormat.Color), Description("A second colour for charts and highlights, #rrggbb.")]
    public string? AccentColor { get; set; }

    [Description("Font family for body text, e.g. Lato (a TrueType font); falls back to DejaVu Sans.")]
    public string? BodyFont { get; set; }

    [Description("Font family for headings.")]
    public string? HeadingFont { get; set; }
}
