using Briefing.Core.Model;
using Briefing.Layout;
using Briefing.Layout.Text;
using Briefing.Pdf.Components;
using Briefing.Pdf.Text;
using Briefing.Pdf.Theming;

namespace Briefing.Pdf.Composition;

/// <summary>
/// What every component needs: the model, the theme, the Markdown mapping, the citation markers, and where
/// each fact is listed and anchored.
/// </summary>
internal sealed class BriefingContext
{
    public BriefingContext(BriefingModel model, PdfTheme theme)
    {
        Model = model;
        Theme = theme;
        Markdown = new MarkdownRuns(theme);
        Markers = new CitationMarkers(model, theme);
        Sections = new SectionCatalog(model.Info.Sections);
        FactHomes = new FactHomes(model, Sections);
        FactAnchors = new FactAnchors(Sections.Contains(SectionKind.KeyFigures) ? model.Figures.Select(f => f.Id) : []);
        Measure = new TextMeasurer(new DocumentSettings { BaseStyle = theme.Body, Fonts = theme.Fonts });
    }

    public BriefingModel Model { get; }

    public PdfTheme Theme { get; }

    public MarkdownRuns Markdown { get; }

    public CitationMarkers Markers { get; }

    public SectionCatalog Sections { get; }

    /// <summary>Where each fact's statement is listed, so every fact is printed somewhere.</summary>
    public FactHomes FactHomes { get; }

    /// <summary>Each fact's anchor, handed to the one place that carries it.</summary>
    public FactAnchors FactAnchors { get; }

    /// <summary>Text widths as layout will set them, for content sized before layout (charts).</summary>
    public TextMeasurer Measure { get; }

    public BriefingInfo Info => Model.Info;

    /// <summary>A company's display name: "BAIC Group".</summary>
    public string CompanyName(string id) => Model.Company(id).Name;

    /// <summary>Whether a section is in this briefing, so components link only to what exists.</summary>
    public bool Has(SectionKind kind) => Sections.Contains(kind);
}
