using System.Text.RegularExpressions;
using Briefing.Layout.Canvas;
using Briefing.Pdf.Tests.Support;

namespace Briefing.Pdf.Tests.Components;

/// <summary>Citation markers and the source list, on the sample briefing.</summary>
public sealed partial class CitationTests
{
    private static RenderedBriefing Sample => RenderedBriefing.Sample;

    [Fact]
    public void Every_marker_links_to_its_source_entry()
    {
        var canvas = Sample.Canvas;
        var layout = Sample.Layout;
        var links = canvas.Commands.OfType<LinkAdded>().ToList();

        // Markers are superscript (drawn small); the source list's own "[1]" numbers are not markers.
        var markers = canvas.Texts.Where(t => Marker().IsMatch(t.Text) && t.Size < 7.5).ToList();
        // Each fact is printed at least once with its markers: fewer markers than facts means markers went missing.
        Assert.True(markers.Count >= Sample.Model.Facts.Count, $"only {markers.Count} markers drawn for {Sample.Model.Facts.Count} facts");
        Assert.All(markers, marker =>
        {
            var link = links.Single(l => l.Page == marker.Page && Math.Abs(l.Area.X - marker.X) < 0.01 && l.Area.Y <= marker.Y && l.Area.Bottom >= marker.Y);
            Assert.Equal($"source-{marker.Text[1..^1]}", link.Destination.Anchor);
            Assert.Equal(layout.AnchorPages[link.Destination.Anchor!], link.Destination.Page);
        });
    }

    [Fact]
    public void The_all_figures_table_gives_each_figure_the_source_and_paragraphs_that_print_it()
    {
        var model = Sample.Model;
        var (_, canvas) = Harness.Draw(model, Briefing.Pdf.Components.AllFigures.Create);
        var rows = Harness.AllText(canvas);

        foreach (var fact in model.Figures)
        {
            foreach (var group in fact.Cites.GroupBy(c => model.SourceNumber(c.SourceId)))
            {
                var paragraphs = group.Select(c => c.At).OfType<string>().Select(at => at.Replace("paragraph ", "", StringComparison.Ordinal)).Distinct();
                var expected = $"[{group.Key}] ¶ {string.Join(", ", paragraphs)}";
                Assert.Contains(expected, rows, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Located_citations_gather_paragraphs_per_source_and_keep_other_locators_after_them()
    {
        var model = TestModels.Small();
        var context = Harness.Context(model);
        var (wire, release) = (model.SourceNumber("wire"), model.SourceNumber("release"));

        var runs = context.Markers.Located(
            [new("release"), new("wire", "paragraph 4"), new("wire", "headline"), new("wire", "paragraphs 6–7"), new("wire", "paragraph 4")],
            context.Theme.MutedText);
        var text = string.Concat(runs.Select(r => r.Text)).Replace('\u00a0', ' ');

        var expected = string.Join(" ", new[] { (wire, $"[{wire}] ¶ 4, 6–7; headline"), (release, $"[{release}]") }.OrderBy(p => p.Item1).Select(p => p.Item2));
        Assert.Equal(expected, text);
        Assert.All(runs.Where(r => r.Text.Contains('[', StringComparison.Ordinal)), r => Assert.NotNull(r.Link));
    }

    [Fact]
    public void Each_source_lists_exactly_the_pages_its_markers_landed_on()
    {
        var layout = Sample.Layout;
        var sourcesPage = layout.AnchorPages["section-sources"];
        var text = string.Join(" ", Enumerable.Range(sourcesPage, layout.PageCount - sourcesPage + 1).Select(Sample.PageText));

        foreach (var source in Sample.Model.Sources)
        {
            var number = Sample.Model.SourceNumber(source.Id);
            var expected = layout.AnchorPages.Where(a => a.Key.StartsWith($"cite-{number}-", StringComparison.Ordinal)).Select(a => a.Value).Distinct().Order().ToList();
            Assert.NotEmpty(expected);
            var entry = text[text.IndexOf($"[{number}] ", StringComparison.Ordinal)..];
            var cited = CitedOn().Match(entry);
            Assert.True(cited.Success, $"no 'Cited on pages' for source {number}");
            var printed = PageNumber().Matches(cited.Groups[1].Value).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(expected, printed);
        }
    }

    [Fact]
    public void Cited_page_numbers_link_to_a_marker_on_that_page()
    {
        var layout = Sample.Layout;
        var sourcesPage = layout.AnchorPages["section-sources"];
        var links = Sample.Canvas.Commands.OfType<LinkAdded>()
            .Where(l => l.Page >= sourcesPage && l.Destination.Anchor?.StartsWith("cite-", StringComparison.Ordinal) == true)
            .ToList();

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Equal(layout.AnchorPages[l.Destination.Anchor!], l.Destination.Page));
    }

    [GeneratedRegex(@"^\[\d+\]$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"Cited on pages? ([\d ,and]+)")]
    private static partial Regex CitedOn();

    [GeneratedRegex(@"\d+")]
    private static partial Regex PageNumber();
}
