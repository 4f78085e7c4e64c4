using Briefing.Core.Model;
using Briefing.Core.Text;
using Briefing.Layout.Canvas;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Tests.Support;

namespace Briefing.Pdf.Tests.Sections;

/// <summary>
/// What each section of the sample briefing must say, read from the drawn pages: the cover, the executive
/// summary, the charts, risks and outlook, and the method page. Expectations come from the model, so a
/// section that lost a point, a paragraph or a bar fails here.
/// </summary>
public sealed class SectionContentTests
{
    private static RenderedBriefing Sample => RenderedBriefing.Sample;

    private static BriefingInfo Info => Sample.Model.Info;

    [Fact]
    public void The_cover_gives_title_subtitle_edition_publisher_and_every_takeaway()
    {
        var cover = Sample.PageText(1);

        Assert.True(Normalise.HasWordsInOrder(cover, Info.Title), cover);
        Assert.True(Normalise.HasWordsInOrder(cover, Info.Subtitle!), cover);
        Assert.Contains(Info.Edition.ToDisplay(), cover, StringComparison.Ordinal);
        Assert.Contains(Info.Publisher, cover, StringComparison.Ordinal);
        Assert.All(Info.Takeaways, (point, i) =>
        {
            Assert.Contains($"{i + 1:00}", cover, StringComparison.Ordinal);
            Assert.True(Normalise.HasWordsInOrder(cover, Opening(point.Text)), $"takeaway {i + 1}: {Opening(point.Text)}");
        });
    }

    [Fact]
    public void The_executive_summary_prints_every_paragraph()
    {
        var text = SectionText(SectionKind.ExecutiveSummary);

        var paragraphs = Info.ExecutiveSummary.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.True(paragraphs.Length >= 2);
        Assert.All(paragraphs, p => Assert.True(Normalise.HasWordsInOrder(text, Opening(p)), Opening(p)));
    }

    [Fact]
    public void Risks_and_outlook_number_every_point_with_its_sources()
    {
        var text = SectionText(SectionKind.RisksAndOutlook);

        Assert.All(Info.Risks.Concat(Info.Outlook), point => Assert.True(Normalise.HasWordsInOrder(text, Opening(point.Text)), Opening(point.Text)));
        Assert.Contains($"{Info.Risks.Count:00}", text, StringComparison.Ordinal);
        Assert.Matches(@"\[\d+\]", text);
    }

    [Fact]
    public void The_method_page_prints_the_method_and_the_edition()
    {
        var text = SectionText(SectionKind.Method);

        Assert.Contains(Info.Edition.ToDisplay(), text, StringComparison.Ordinal);
        var paragraphs = Info.Method!.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(paragraphs, p => Assert.True(Normalise.HasWordsInOrder(text, Opening(p)), Opening(p)));
    }

    [Fact]
    public void Each_chart_is_drawn_as_vector_bars_with_its_title_labels_and_values()
    {
        var canvas = Sample.Canvas;
        var rgb = Convert.FromHexString(Info.Theme.BrandColor[1..]);
        var brand = new Color(rgb[0], rgb[1], rgb[2]);
        foreach (var chart in Sample.Model.Charts)
        {
            var page = Sample.Layout.AnchorPages[Anchors.Chart(chart.Id)];
            var text = Sample.PageText(page);
            Assert.Contains(Typography.Curl(chart.Title), text, StringComparison.Ordinal);
            foreach (var bar in chart.Bars)
            {
                Assert.Contains(bar.Label, text, StringComparison.Ordinal);
                Assert.Contains(FigureText.Format(Sample.Model.Fact(bar.FactId).Figure!), text, StringComparison.Ordinal);
            }
        }

        var barsDrawn = Sample.Model.Charts
            .Select(c => Sample.Layout.AnchorPages[Anchors.Chart(c.Id)])
            .Distinct()
            .Sum(page => canvas.Commands.OfType<RectangleDrawn>().Count(r => r.Page == page && r.Fill == brand));
        Assert.True(barsDrawn >= Sample.Model.Charts.Sum(c => c.Bars.Count), $"{barsDrawn} brand-coloured rectangles on the chart pages");
        Assert.Empty(canvas.Commands.OfType<ImageDrawn>());
    }

    // The text of a section: from its opening page to the page before the next section opens.
    private static string SectionText(SectionKind kind)
    {
        var layout = Sample.Layout;
        var first = layout.AnchorPages[Anchors.Section(kind)];
        var next = Info.Sections.SkipWhile(s => s != kind).Skip(1)
            .Select(s => layout.AnchorPages.TryGetValue(Anchors.Section(s), out var p) ? p : (int?)null)
            .FirstOrDefault(p => p is not null) ?? layout.PageCount + 1;
        return string.Join(" ", Enumerable.Range(first, Math.Max(1, next - first)).Select(Sample.PageText));
    }

    // The first words of a Markdown text as printed: emphasis marks are not drawn, quotes are curled.
    private static string Opening(string markdown) =>
        string.Join(' ', Typography.Curl(markdown.Replace("*", "", StringComparison.Ordinal)).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Take(6));
}
