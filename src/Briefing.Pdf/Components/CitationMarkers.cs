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
    public Run Marker(int sourceNumber) =>
        Run.Marker($"[{sourceNumber}]", Anchors.Source(sourceNumber), _theme.Marker) with { Anchor = NextAnchor(sourceNumber) };

    /// <summary>
    /// Each cited source as a full-size "[n]" link followed by where in it ("¶ 6, 11"), for tables that
    /// say exactly where a figure is printed. The links count as citations for "cited on pages".
    /// </summary>
    public IReadOnlyList<Run> Located(IEnumerable<Citation> citations, TextStyle placeStyle)
    {
        var runs = new List<Run>();
        foreach (var group in citations.GroupBy(c => _model.SourceNumber(c.SourceId)).OrderBy(g => g.Key))
        {
            var places = Places(group.Select(c => c.At).OfType<string>());
            runs.Add(Run.LinkTo((runs.Count > 0 ? " " : "") + $"[{group.Key}]", Anchors.Source(group.Key), _theme.Link) with { Anchor = NextAnchor(group.Key) });
            if (places.Length > 0)
            {
                runs.Add(new Run("\u00a0" + places, placeStyle));
            }
        }

        return runs;
    }

    // "paragraph 12" and "paragraph 15" read "¶ 12, 15"; any other locator is kept as written, after them.
    private static string Places(IEnumerable<string> locators)
    {
        var paragraphs = new List<string>();
        var others = new List<string>();
        foreach (var at in locators.Distinct(StringComparer.Ordinal))
        {
            var word = ((string[])["paragraphs ", "paragraph "]).FirstOrDefault(w => at.StartsWith(w, StringComparison.OrdinalIgnoreCase));
            (word is null ? others : paragraphs).Add(word is null ? at : at[word.Length..]);
        }

        var pilcrow = paragraphs.Count > 0 ? ["¶\u00a0" + string.Join(", ", paragraphs)] : Array.Empty<string>();
        return string.Join("; ", pilcrow.Concat(others));
    }

    private string NextAnchor(int sourceNumber)
    {
        var occurrence = _issued.TryGetValue(sourceNumber, out var count) ? count + 1 : 1;
        _issued[sourceNumber] = occurrence;
        return Anchors.Citation(sourceNumber, occurrence);
    }
}
