using Briefing.Core.Model;
using Briefing.Core.Text;
using Briefing.Layout.Canvas;
using Briefing.Pdf.Components;
using Briefing.Pdf.Composition;
using Briefing.Pdf.Tests.Support;

namespace Briefing.Pdf.Tests.Components;

/// <summary>Every fact the content holds is printed somewhere in the PDF, and its anchor leads there.</summary>
public sealed class FactCoverageTests
{
    private static RenderedBriefing Sample => RenderedBriefing.Sample;

    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.Letter)]
    public void Every_fact_carries_its_anchor_exactly_once_where_it_is_printed(PaperSize paper)
    {
        var (layout, canvas) = Sample.On(paper);
        var destinations = canvas.Commands.OfType<DestinationAdded>().Select(d => d.Name).ToList();

        Assert.All(Sample.Model.Facts, fact =>
        {
            var anchor = Anchors.Fact(fact.Id);
            Assert.Single(destinations, anchor);

            // The anchor marks the fact itself: a figure's row shows its value, any other fact starts its statement.
            var printed = AnchorText.Under(layout, canvas, anchor);
            var expected = fact.Figure is { } figure ? FigureText.Format(figure) : Opening(fact.Statement);
            Assert.True(Normalise.HasWordsInOrder(printed, expected), $"{anchor}: '{expected}' not in '{printed}'");
        });
    }

    [Fact]
    public void Facts_no_profile_lists_are_printed_in_full()
    {
        var text = Normalise.Squeeze(Harness.AllText(Sample.Canvas));
        var model = Sample.Model;

        // The exchange rate the dollar figures rest on, and an industry-wide claim about no one company or deal.
        Assert.Contains(Normalise.Squeeze(FigureText.Format(model.Fact("cny-usd-rate").Figure!)), text, StringComparison.Ordinal);
        Assert.Contains("6.8715", text, StringComparison.Ordinal);
        var unlisted = model.Facts.Where(f => f.Figure is null && f.About.Count == 0 && f.Deals.Count == 0).ToList();
        Assert.NotEmpty(unlisted);
        Assert.All(unlisted, f => Assert.Contains(Normalise.Squeeze(Typography.Curl(f.Statement)), text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_fact_about_no_company_or_deal_closes_the_companies_section_under_other_facts()
    {
        var small = TestModels.Small();
        var stray = new Fact("industry-leads", "The industry leads the world.", null, [new("wire")], [], []);
        var model = new BriefingModel(small.Info, small.Sources, small.Companies, small.Deals, [.. small.Facts, stray], small.Events, small.Charts);
        var (layout, canvas) = Harness.Draw(model, c => [CompaniesSection.Create(c)]);

        var text = Harness.AllText(canvas);
        Assert.Contains("Other facts", text, StringComparison.Ordinal);
        Assert.StartsWith("• The industry leads the world.[1]", AnchorText.Under(layout, canvas, Anchors.Fact(stray.Id)), StringComparison.Ordinal);
        Assert.True(text.IndexOf("Beta Batteries", StringComparison.Ordinal) < text.IndexOf("Other facts", StringComparison.Ordinal), "after the profiles");
    }

    [Fact]
    public void All_figures_lists_every_figure_with_subject_measure_value_when_and_sources()
    {
        var model = TestModels.Small();
        var (layout, canvas) = Harness.Draw(model, c => [KeyFigureCards.Create(c)]);

        Assert.Contains("SUBJECT MEASURE FIGURE WHEN PRINTED IN", Harness.AllText(canvas), StringComparison.Ordinal);
        Assert.All(model.Figures, fact =>
        {
            var row = AnchorText.Under(layout, canvas, Anchors.Fact(fact.Id));
            var figure = fact.Figure!;
            var source = model.SourceNumber(fact.Cites[0].SourceId);
            Assert.StartsWith(model.Company(figure.SubjectId!).Name, row, StringComparison.Ordinal);
            Assert.True(Normalise.HasWordsInOrder(row, Labels.Capitalise(figure.Metric)), row);
            Assert.True(Normalise.HasWordsInOrder(row, FigureText.Format(figure)), row);
            Assert.True(Normalise.HasWordsInOrder(row, FigureText.When(figure)), row);
            Assert.Contains($"[{source}]", row, StringComparison.Ordinal);
        });
    }

    // The first words of a statement as printed (Markdown emphasis is not drawn; quotes are curled).
    private static string Opening(string statement) =>
        string.Join(' ', Typography.Curl(statement).Replace("*", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5));
}
