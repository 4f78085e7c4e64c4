using Briefing.Core.Model;
using Briefing.Layout.Text;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Theming;

namespace Briefing.Pdf.Components;

/// <summary>
/// Superscript "[n]" markers that link to source n's entry. Each marker carries an anchor of its own
/// (<c>cite-n-k</c>), so the source list can say on which pages a source is cited.
/// </summary>
internal sealed class CitationMarkers
{
    private readonly BriefingModel _model;
    private readonly PdfTheme _theme;
    private readonly Dictionary<int, int> _issued = [];

    public CitationMarkers(BriefingModel model, PdfTheme theme)
    {
        _model = model;
        _theme = theme;
    }

    /// <summary>One marker per cited source, in source-number order; several places in one source share a marker.</summary>
    public IReadOnlyList<Run> For(IEnumerable<Citation> citations) =>
        [.. citations.Select(c => _model.SourceNumber(c.SourceId)).Distinct().Order().Select(Marker)];

    /// <summary>The markers of the sources behind some facts (a takeaway, a risk).</summary>
    public IReadOnlyList<Run> ForFacts(IEnumerable<string> factIds) =>
        For(factIds.SelectMany(id => _model.Fact(id).Cites));

    /// <summary>A fresh marker for one source; every call makes a new anchor, so a run is never placed twice.</summary>
    public Run Marker(int sourceNumber)
    {
        var occurrence = _issued.TryGetValue(sourceNumber, out var count) ? count + 1 : 1;
        _issued[sourceNumber] = occurrence;
        return Run.Marker($"[{sourceNumber}]", Anchors.Source(sourceNumber), _theme.Marker) with
        {
            Anchor = Anchors.Citation(sourceNumber, occurrence),
        };
    }
}
